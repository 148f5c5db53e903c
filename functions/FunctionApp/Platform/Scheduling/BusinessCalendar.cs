using System.Globalization;
using PublicHoliday;

namespace Transformation.Platform.Scheduling;

/// <summary>
/// Business days of the ministry: not Saturday or Sunday, not a Japanese public holiday (including
/// substitute holidays, from <see cref="JapanPublicHoliday"/>), and not one of the extra closed days of
/// every year (the year-end closure 12-29 to 01-03 of the Act on Holidays of Administrative Organs).
/// </summary>
public sealed class BusinessCalendar
{
    private readonly JapanPublicHoliday _holidays = new();
    private readonly HashSet<(int Month, int Day)> _closed;

    /// <param name="closedDays">"MM-dd" days closed every year, e.g. "12-29".</param>
    public BusinessCalendar(IEnumerable<string> closedDays)
    {
        ArgumentNullException.ThrowIfNull(closedDays);
        _closed = [.. closedDays.Select(ParseMonthDay)];
    }

    public bool IsBusinessDay(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        return !_closed.Contains((date.Month, date.Day)) && !_holidays.IsPublicHoliday(date.ToDateTime(TimeOnly.MinValue));
    }

    /// <summary>The n-th business day after <paramref name="date"/> (the date itself does not count).</summary>
    public DateOnly AddBusinessDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var current = date;
        for (var counted = 0; counted < days;)
        {
            current = current.AddDays(1);
            if (IsBusinessDay(current))
            {
                counted++;
            }
        }

        return current;
    }

    public static bool IsMonthDay(string value) => TryParseMonthDay(value, out _);

    private static (int Month, int Day) ParseMonthDay(string value) =>
        TryParseMonthDay(value, out var md) ? md : throw new FormatException($"'{value}' is not a day of the year written as MM-dd.");

    private static bool TryParseMonthDay(string? value, out (int Month, int Day) monthDay)
    {
        monthDay = default;
        if (value is null || !DateTime.TryParseExact("2024-" + value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        monthDay = (date.Month, date.Day);
        return true;
    }
}
