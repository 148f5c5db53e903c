namespace Transformation.Overtime.Caps;

/// <summary>
/// The year of the caps: 1 April to 31 March (the rule's 一年). <see cref="StartYear"/> names it: fiscal 2026 runs from
/// 2026-04-01 to 2027-03-31. Months are counted from April: index 0 is April, 11 is March.
/// </summary>
public sealed record FiscalYear(int StartYear)
{
    public const int MonthsInYear = 12;
    private const int FirstMonth = 4;

    public DateOnly FirstDay => new(StartYear, FirstMonth, 1);

    public DateOnly LastDay => FirstDay.AddYears(1).AddDays(-1);

    public FiscalYear Previous => new(StartYear - 1);

    public static FiscalYear Of(DateOnly day) => new(day.Month >= FirstMonth ? day.Year : day.Year - 1);

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    /// <summary>0 for April … 11 for March.</summary>
    public int MonthIndex(DateOnly day)
    {
        if (!Contains(day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Not in fiscal {StartYear}.");
        }

        return (day.Month - FirstMonth + MonthsInYear) % MonthsInYear;
    }

    /// <summary>The first day of the month at <paramref name="index"/> (0 = April).</summary>
    public DateOnly MonthStart(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MonthsInYear);
        return FirstDay.AddMonths(index);
    }
}
