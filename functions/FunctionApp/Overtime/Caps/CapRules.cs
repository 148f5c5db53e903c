namespace Transformation.Overtime.Caps;

/// <summary>
/// The numbers of 人事院規則15-14 第16条の2の2第1項 (in force since 2019-04-01) and of the periods 人事院 sets for a
/// person whose division became ordinary during the year. Law, not settings: see docs/architecture.md, "Overtime
/// caps: the rule we implement", for the sources and what could not be confirmed.
/// </summary>
public static class CapRules
{
    /// <summary>第1号イ(1): at most 45 hours a month in an ordinary division.</summary>
    public const decimal OrdinaryMonthHours = 45m;

    /// <summary>第1号イ(2): at most 360 hours a year in an ordinary division.</summary>
    public const decimal OrdinaryYearHours = 360m;

    /// <summary>第2号イ: under 100 hours a month in an other-directed division (100 itself is over).</summary>
    public const decimal OtherDirectedMonthHoursUnder = 100m;

    /// <summary>第2号ロ, and 第1号ロ(1) for a person whose division became ordinary during the year: at most 720 a year.</summary>
    public const decimal OtherDirectedYearHours = 720m;

    /// <summary>第2号ハ: a month counts when it is over 45 hours.</summary>
    public const decimal LongMonthOverHours = 45m;

    /// <summary>第2号ハ: at most 6 such months in a fiscal year.</summary>
    public const int LongMonthsPerYear = 6;

    /// <summary>第2号ニ: an average of at most 80 hours a month over every window of 2 to 6 consecutive months.</summary>
    public const decimal AverageMonthHours = 80m;

    public const int ShortestAverageWindow = 2;

    public const int LongestAverageWindow = 6;

    /// <summary>
    /// After the month in which a person's division became ordinary, up to the end of the year: at most 30 hours for
    /// each month of that period, in total (and 45 in any one month).
    /// </summary>
    public const decimal AfterMoveHoursPerMonth = 30m;
}
