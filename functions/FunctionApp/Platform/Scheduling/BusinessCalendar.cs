using System.Globalization;
using PublicHoliday;

namespace Transformation.Platform.Scheduling;

/// <summary>
/// Business days of the ministry: not Saturday or Sunday, not a Japanese public holiday (the named holidays and
/// substitute holidays come from <see cref="JapanPublicHoliday"/>; the citizens' holiday is added here), and not
/// one of the extra closed days of every year (the year-end closure 12-29 to 01-03 of the Act on Holidays of
/// Administrative Organs).
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

        return !_closed.Contains((date.Month, date.Day)) && !IsHoliday(date);
    }

    // A weekday off under the Act on National Holidays: a named holiday, a substitute or a citizens' holiday.
    private bool IsHoliday(DateOnly date) => IsListed(date) || IsCitizensHoliday(date);

    // The library lists named and substitute holidays but not the citizens' holiday (国民の休日, Article 3(3)):
    // a day that is no holiday itself, between two holidays (2026-09-22, between 敬老の日 and 秋分の日).
    // The library lists a Sunday holiday on its substitute day instead. Under the current Act that changes no
    // weekday's answer here: a Monday after a Sunday holiday is listed as the substitute, and no weekday lies
    // between a substitute day and a holiday. BusinessCalendarHolidayListTests checks 2024-2030 day by day.
    private bool IsCitizensHoliday(DateOnly date) =>
        !IsListed(date) && IsListed(date.AddDays(-1)) && IsListed(date.AddDays(1));

    private bool IsListed(DateOnly date) => _holidays.IsPublicHoliday(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>The date itself when it is a business day, else the first business day after it.</summary>
    public DateOnly OnOrAfter(DateOnly date)
    {
        var current = date;
        while (!IsBusinessDay(current))
        {
            current = current.AddDays(1);
        }

        return current;
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
        if (value is null || !DateTime.TryParseExact("2024-" + value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var date))
        {
            return false;
        }

        monthDay = (date.Month, date.Day);
        return true;
    }
}
