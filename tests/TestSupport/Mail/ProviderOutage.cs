using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Transformation.Tests.Support.Mail;

/// <summary>
/// A SendGrid outage as the <see cref="RecordingHttpServer"/> plays it: from the first request, 503 for
/// <c>unavailable</c>, then 429 with X-RateLimit-Reset for <c>rateLimited</c>, then 202. Keeps each accepted request,
/// which is what people would receive.
/// </summary>
public sealed partial class ProviderOutage(TimeSpan unavailable, TimeSpan rateLimited)
{
    private readonly ConcurrentQueue<RecordedRequest> _accepted = new();
    private readonly Lock _gate = new();
    private DateTimeOffset? _first;
    private int _admitted;
    private int _refused;

    /// <summary>While set, every request after the first <see cref="AcceptBeforeDown"/> accepted ones gets 503, whatever the clock.</summary>
    public bool HeldDown { get; set; }

    public int AcceptBeforeDown { get; set; }

    /// <summary>Requests refused so far (503 or 429).</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Starts the outage now, before any request comes (otherwise the first request starts it).</summary>
    public void Begin()
    {
        lock (_gate)
        {
            _first ??= DateTimeOffset.UtcNow;
        }
    }

    /// <summary>When the outage ends (503 and 429 over); null before it began.</summary>
    public DateTimeOffset? EndsAt
    {
        get
        {
            lock (_gate)
            {
                return _first is { } first ? End(first) : null;
            }
        }
    }

    /// <summary>
    /// The end of the 429s: a whole second, as X-RateLimit-Reset states it (epoch seconds), so the header tells the truth;
    /// rounded down, it would name a moment when requests are still refused.
    /// </summary>
    private DateTimeOffset End(DateTimeOffset first)
    {
        var end = first + unavailable + rateLimited;
        return rateLimited <= TimeSpan.Zero ? end : DateTimeOffset.FromUnixTimeSeconds((end.ToUnixTimeMilliseconds() + 999) / 1000);
    }

    /// <summary>Plays the outage on <paramref name="server"/>.</summary>
    public void On(RecordingHttpServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        server.Respond = (request, _) => Answer(request);
    }

    public PlannedResponse Answer(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = DateTimeOffset.UtcNow;
        DateTimeOffset first;
        bool heldDown;
        lock (_gate)
        {
            // Decided under the lock: chunks arrive together, and each must not see room for itself alone.
            _first ??= now;
            first = _first.Value;
            heldDown = HeldDown && _admitted >= AcceptBeforeDown;
            if (HeldDown && !heldDown)
            {
                _admitted++;
            }
        }

        if (now < first + unavailable || heldDown)
        {
            Interlocked.Increment(ref _refused);
            return new PlannedResponse(503, Body: """{"errors":[{"message":"Service Unavailable"}]}""");
        }

        var reset = End(first);
        if (now < reset)
        {
            Interlocked.Increment(ref _refused);
            var headers = new Dictionary<string, string> { ["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
            return new PlannedResponse(429, headers, """{"errors":[{"message":"too many requests"}]}""");
        }

        _accepted.Enqueue(request);
        return PlannedResponse.Accepted;
    }

    /// <summary>Every message delivered: recipient address and the text of what they got (subject and bodies, substituted).</summary>
    public IReadOnlyList<(string Email, string Message)> Delivered() =>
        [.. _accepted.SelectMany(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("personalizations").EnumerateArray()
            .Select(p => (p.GetProperty("to")[0].GetProperty("email").GetString()!, string.Join('\n', Strings(p)))))];

    /// <summary>
    /// Every message delivered as its recipient reads it: the subject and the plain text with the recipient's substitutions
    /// applied, and when SendGrid accepted it.
    /// </summary>
    public IReadOnlyList<ReceivedMail> Received() =>
        [.. _accepted.SelectMany(r =>
        {
            var root = JsonDocument.Parse(r.Body).RootElement;
            var text = root.TryGetProperty("content", out var content)
                ? content.EnumerateArray().Where(c => c.GetProperty("type").GetString() == "text/plain").Select(c => c.GetProperty("value").GetString()!).FirstOrDefault() ?? ""
                : "";
            var subject = root.TryGetProperty("subject", out var s) ? s.GetString()! : "";
            return root.GetProperty("personalizations").EnumerateArray().Select(p =>
            {
                var mine = p.TryGetProperty("subject", out var own) ? own.GetString()! : subject;
                var body = text;
                if (p.TryGetProperty("substitutions", out var substitutions))
                {
                    foreach (var tag in substitutions.EnumerateObject())
                    {
                        mine = mine.Replace(tag.Name, tag.Value.GetString(), StringComparison.Ordinal);
                        body = body.Replace(tag.Name, tag.Value.GetString(), StringComparison.Ordinal);
                    }
                }

                return new ReceivedMail(p.GetProperty("to")[0].GetProperty("email").GetString()!, mine, body, r.ReceivedAt);
            });
        })];

    /// <summary>The survey tokens in a delivered message.</summary>
    public static IReadOnlyList<string> SurveyTokens(string message) =>
        [.. SurveyLink().Matches(message).Select(m => m.Groups[1].Value).Distinct()];

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex(@"/survey/([A-Za-z0-9_\-.]+)")]
    private static partial Regex SurveyLink();
}
