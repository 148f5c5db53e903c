namespace Transformation.Overtime.Caps;

/// <summary>A window of 2 to 6 consecutive months and the hours counted in it.</summary>
public sealed record AverageWindow(MonthSpan Span, decimal Hours)
{
    public decimal Average => Hours / Span.Months;

    /// <summary>Over 80 hours a month on average (compared as a total, so no rounding decides it).</summary>
    public bool Exceeds => Hours > CapRules.AverageMonthHours * Span.Months;
}

/// <summary>
/// 第2号ニ: the average over each month together with the 1 to 5 months before it. The windows reach back across
/// 1 April into the previous fiscal year (the rule limits them to no year, unlike the count of long months, which
/// is "1年のうち"); so they are read from this year's totals and the previous year's.
/// </summary>
public static class MultiMonthAverages
{
    /// <summary>Every window of 2 to 6 months ending with the month of <paramref name="month"/>.</summary>
    public static IReadOnlyList<AverageWindow> EndingAt(FiscalYearTotals year, FiscalYearTotals? previousYear, DateOnly month)
    {
        var series = Series(year, previousYear);
        var end = FiscalYear.MonthsInYear + year.Year.MonthIndex(month);
        return [.. Lengths().Select(length => Window(year, series, end - length + 1, end))];
    }

    /// <summary>
    /// Every window of 2 to 6 months that contains the month of <paramref name="month"/> and ends by the end of its
    /// fiscal year: the windows an hour added to that month can change. A window ending in a later month with no
    /// hours yet counts them as zero, which can only rise, so a window over the cap now stays over it.
    /// </summary>
    public static IReadOnlyList<AverageWindow> Containing(FiscalYearTotals year, FiscalYearTotals? previousYear, DateOnly month)
    {
        var series = Series(year, previousYear);
        var at = FiscalYear.MonthsInYear + year.Year.MonthIndex(month);
        var last = series.Length - 1;
        return
        [
            .. from length in Lengths()
               from end in Enumerable.Range(at, length)
               where end <= last
               select Window(year, series, end - length + 1, end),
        ];
    }

    /// <summary>The window with the highest average among <paramref name="windows"/> (the shortest, earliest one on a tie).</summary>
    public static AverageWindow? Highest(IEnumerable<AverageWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        return windows
            .OrderByDescending(w => w.Average)
            .ThenBy(w => w.Span.Months)
            .ThenBy(w => w.Span.FirstMonth)
            .FirstOrDefault();
    }

    private static IEnumerable<int> Lengths() =>
        Enumerable.Range(CapRules.ShortestAverageWindow, CapRules.LongestAverageWindow - CapRules.ShortestAverageWindow + 1);

    private static AverageWindow Window(FiscalYearTotals year, decimal[] series, int start, int end)
    {
        var first = year.Year.Previous.FirstDay.AddMonths(start);
        var last = year.Year.Previous.FirstDay.AddMonths(end);
        var hours = series.Skip(start).Take(end - start + 1).Sum();
        return new AverageWindow(new MonthSpan(first, last), hours);
    }

    /// <summary>24 months: the previous fiscal year's (zero when it holds nothing for the person), then this year's.</summary>
    private static decimal[] Series(FiscalYearTotals year, FiscalYearTotals? previousYear)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (previousYear is not null && previousYear.Year != year.Year.Previous)
        {
            throw new ArgumentException($"The previous year of fiscal {year.Year.StartYear} is {year.Year.StartYear - 1}.", nameof(previousYear));
        }

        var previous = previousYear ?? FiscalYearTotals.Empty(year.Year.Previous);
        return [.. previous.Months.Concat(year.Months).Select(m => m.Total)];
    }
}

/// <summary>第2号ハ: the months of a fiscal year with more than 45 hours (at most 6 under the other-directed rule).</summary>
public static class LongMonths
{
    public static bool IsLong(decimal monthHours) => monthHours > CapRules.LongMonthOverHours;

    /// <summary>How many months of the year are over 45 hours (HR's summary counts this per person).</summary>
    public static int Count(FiscalYearTotals year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return year.Months.Count(m => IsLong(m.Total));
    }
}
