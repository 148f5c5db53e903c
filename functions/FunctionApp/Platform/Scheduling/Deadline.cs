using System.Globalization;
using System.Text.RegularExpressions;

namespace Transformation.Platform.Scheduling;

/// <summary>
/// A deadline setting: "3 business days" (営業日: weekends, public holidays and closed days skipped),
/// "30 days" (calendar days), or a plain TimeSpan "00:00:04" (so tests can use seconds without touching
/// the engine's clock). Business and calendar days keep the time of day in Japan time.
/// </summary>
public sealed partial record Deadline(DeadlineUnit Unit, int Days, TimeSpan Span)
{
    public static Deadline Parse(string? text) =>
        TryParse(text, out var deadline) ? deadline : throw new FormatException(
            $"'{text}' is not a deadline: write \"3 business days\", \"30 days\" or a time span such as \"00:00:04\".");

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

    /// <summary>The instant this deadline falls on after <paramref name="start"/>.</summary>
    public DateTimeOffset After(DateTimeOffset start, BusinessCalendar calendar, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(zone);
        if (Unit == DeadlineUnit.Span)
        {
            return start + Span;
        }

        var local = TimeZoneInfo.ConvertTime(start, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var target = Unit == DeadlineUnit.BusinessDays ? calendar.AddBusinessDays(date, Days) : date.AddDays(Days);
        var localTarget = target.ToDateTime(TimeOnly.FromDateTime(local.DateTime));
        return new DateTimeOffset(localTarget, zone.GetUtcOffset(localTarget));
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

    public override string ToString() => Unit switch
    {
        DeadlineUnit.BusinessDays => $"{Days} business days",
        DeadlineUnit.CalendarDays => $"{Days} days",
        _ => Span.ToString("c", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*(?<business>business\s+|営業)?(days?|日)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysPattern();
}
