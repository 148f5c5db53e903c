using System.Globalization;

namespace Transformation.Platform.Pages;

/// <summary>A date field and a time field of a form (yyyy-MM-dd, HH:mm), read as that wall-clock time in a time zone.</summary>
public static class LocalInstant
{
    public static DateTimeOffset? Parse(string? date, string? clock, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(clock, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return null;
        }

        var local = day.ToDateTime(at);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
