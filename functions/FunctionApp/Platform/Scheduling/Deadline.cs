using System.Globalization;
using System.Text.RegularExpressions;

namespace Transformation.Platform.Scheduling;

/// <summary>
/// A deadline setting: "3 business days" (営業日: weekends, public holidays and closed days skipped),
/// "30 days" (calendar days), or a plain TimeSpan "00:00:04" (so tests can use seconds without touching
/// the engine's clock). Days land at a stated time of day (the process's DeadlineTime, Japan time) on a business
/// day; a time span is exact.
/// </summary>
public sealed partial record Deadline(DeadlineUnit Unit, int Days, TimeSpan Span)
{
    public static Deadline Parse(string? text) =>
        TryParse(text, out var deadline) ? deadline : throw new FormatException(
            $"'{text}' is not a deadline: write \"3 business days\", \"30 days\" or a time span such as \"00:00:04\".");

    /// <summary>Whether <paramref name="text"/> is a deadline that is not zero: a period settings require to take some time.</summary>
    public static bool IsLongerThanZero(string? text) =>
        TryParse(text, out var d) && d is not { Unit: DeadlineUnit.Span, Span.Ticks: 0 } and not { Unit: not DeadlineUnit.Span, Days: 0 };

    public static bool TryParse(string? text, out Deadline deadline)
    {
        deadline = new Deadline(DeadlineUnit.Span, 0, TimeSpan.Zero);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = DaysPattern().Match(text.Trim());
        if (match.Success)
        {
            var days = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            var unit = match.Groups["business"].Success ? DeadlineUnit.BusinessDays : DeadlineUnit.CalendarDays;
            deadline = new Deadline(unit, days, TimeSpan.Zero);
            return days is >= 0 and <= 3660;
        }

        if (TimeSpan.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            deadline = new Deadline(DeadlineUnit.Span, 0, span);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The instant this deadline falls on after <paramref name="start"/>: a span exactly; days at <paramref name="dueAt"/>
    /// (in <paramref name="zone"/>) of the day reached, or of the next business day when that day is not one, as the
    /// Act on Holidays of Administrative Organs (Article 2) moves a deadline that falls on a closed day. People read
    /// "14 days from the launch" as a date and an hour, not as the minute the launch happened to run.
    /// </summary>
    public DateTimeOffset After(DateTimeOffset start, BusinessCalendar calendar, TimeZoneInfo zone, TimeOnly dueAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(zone);
        if (Unit == DeadlineUnit.Span)
        {
            return start + Span;
        }

        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        var reached = Unit == DeadlineUnit.BusinessDays ? calendar.AddBusinessDays(date, Days) : date.AddDays(Days);
        var day = calendar.OnOrAfter(reached);
        var due = At(day, dueAt, zone);

        // Only "0 days" can fall before its start (started after the stated time): then the next business day's.
        return due > start ? due : At(calendar.AddBusinessDays(day, 1), dueAt, zone);
    }

    /// <summary>The instant this long before <paramref name="end"/> (calendar or business days counted back, or the span).</summary>
    public DateTimeOffset Before(DateTimeOffset end, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (Unit == DeadlineUnit.Span)
        {
            return end - Span;
        }

        var local = TimeZoneInfo.ConvertTime(end, zone);
        var back = local.DateTime.AddDays(-Days);
        return new DateTimeOffset(back, zone.GetUtcOffset(back));
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public override string ToString() => Unit switch
    {
        DeadlineUnit.BusinessDays => $"{Days} business days",
        DeadlineUnit.CalendarDays => $"{Days} days",
        _ => Span.ToString("c", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*(?<business>business\s+|営業)?(days?|日)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysPattern();
}
