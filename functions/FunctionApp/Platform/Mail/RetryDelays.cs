using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Transformation.Platform.Mail;

/// <summary>How long to wait before trying a request again.</summary>
public static class RetryDelays
{
    /// <summary>429 and 5xx are worth another try; anything else (400, 401, 403, 413) will fail the same way again.</summary>
    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>Doubling from <paramref name="baseDelay"/> with each attempt (1 = first failure), never over <paramref name="cap"/>.</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan baseDelay, TimeSpan cap)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 20));
        var wait = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, cap.Ticks));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>
    /// The wait a 429 asks for: until X-RateLimit-Reset (epoch seconds), capped. Null when the header is absent, unreadable or
    /// already past, so the caller falls back to <see cref="Backoff"/>.
    /// </summary>
    public static TimeSpan? ForRateLimit(HttpResponseHeaders? headers, DateTimeOffset now, TimeSpan cap)
    {
        if (headers is null || !headers.TryGetValues("X-RateLimit-Reset", out var values))
        {
            return null;
        }

        return ForRateLimit(values.FirstOrDefault(), now, cap);
    }

    public static TimeSpan? ForRateLimit(string? resetEpochSeconds, DateTimeOffset now, TimeSpan cap)
    {
        if (!long.TryParse(resetEpochSeconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch))
        {
            return null;
        }

        // A reset already past, yet still refused (clocks apart, or a reset rounded down): the header says nothing useful, and
        // trying again every moment would spend the tries in a second. Null, so the caller backs off as for a 5xx.
        var reset = DateTimeOffset.FromUnixTimeSeconds(epoch);
        if (reset <= now)
        {
            return null;
        }

        // The reset is whole seconds; a little extra keeps us from arriving just before it.
        var wait = reset - now + TimeSpan.FromMilliseconds(100);
        return wait > cap ? cap : wait;
    }
}
