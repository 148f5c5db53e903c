using System.Globalization;

namespace Transformation.CareSheets.Reviews;

/// <summary>
/// When in the year a milestone review is asked: a day of the year and a time of day, Japan time, written
/// "MM-dd HH:mm" or "MM-dd HH:mm:ss" (e.g. "01-10 09:00"). 29 February is refused: it is not in every year.
/// </summary>
public sealed record MilestoneTime(int Month, int Day, TimeOnly TimeOfDay)
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    public static bool TryParse(string? text, out MilestoneTime result)
    {
        result = new MilestoneTime(1, 1, TimeOnly.MinValue);
        var parts = (text ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts[0].Length != 5 || parts[0][2] != '-'
            || !int.TryParse(parts[0].AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[0].AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12
            // A year that is not a leap year: "02-29" is refused.
            || day < 1 || day > DateTime.DaysInMonth(2001, month)
            || !TimeOnly.TryParseExact(parts[1], TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return false;
        }

        result = new MilestoneTime(month, day, time);
        return true;
    }

    public static MilestoneTime Parse(string? text) =>
        TryParse(text, out var result) ? result : throw new FormatException($"\"{text}\" is not a day and time of the year such as \"01-10 09:00\".");

    /// <summary>This day and time in <paramref name="year"/> in <paramref name="zone"/>, as an instant.</summary>
    public DateTimeOffset In(int year, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = new DateTime(year, Month, Day, TimeOfDay.Hour, TimeOfDay.Minute, TimeOfDay.Second, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
