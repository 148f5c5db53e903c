using Transformation.Overtime.Caps;
using Transformation.Overtime.Requests;
using Transformation.Overtime.Summaries;

namespace Transformation.Tests.Overtime;

/// <summary>
/// The monthly summaries from a month's totals, on one worked example (October 2026, fiscal 2026):
/// division D1 of bureau B1: A (ordinary, 40 h every month April to October: 280 h), B (other-directed, 50 h every month:
/// 350 h, seven months over 45), C (ordinary, 10 h in October only); division D2 of bureau B1: D (ordinary, 46 h in October);
/// division D3 of bureau B2: E (ordinary, 20 h in October).
/// </summary>
public sealed class MonthlySummaryTests
{
    private static readonly FiscalYear Fy2026 = new(2026);
    private static readonly DateOnly October = new(2026, 10, 1);
    private static readonly CapPolicy Policy = CapPolicy.Default;

    private static readonly IReadOnlyList<MonthTotal> Example =
    [
        Row("A", "D1", "B1", Year("A", Designation.Ordinary, 40, 40, 40, 40, 40, 40, 40)),
        Row("B", "D1", "B1", Year("B", Designation.OtherDirected, 50, 50, 50, 50, 50, 50, 50)),
        Row("C", "D1", "B1", Year("C", Designation.Ordinary, 0, 0, 0, 0, 0, 0, 10)),
        Row("D", "D2", "B1", Year("D", Designation.Ordinary, 0, 0, 0, 0, 0, 0, 46)),
        Row("E", "D3", "B2", Year("E", Designation.Ordinary, 0, 0, 0, 0, 0, 0, 20)),
    ];

    [Fact]
    public void A_month_at_80_percent_of_45_hours_is_near_the_month_cap_and_the_year_below_80_percent_is_not()
    {
        // A: October 40 h >= 36 h (80% of 45); the year 280 h < 288 h (80% of 360).
        var a = Example[0].Standing;

        Assert.Equal([CapKind.OrdinaryMonth], a.Near);
        Assert.Empty(a.Over);
        Assert.Equal(280m, a.YearHours);
    }

    [Fact]
    public void Seven_months_over_45_hours_are_over_the_long_month_cap_and_counted()
    {
        var b = Example[1].Standing;

        Assert.Equal(7, b.LongMonths);
        Assert.Equal([CapKind.LongMonths], b.Over);
        Assert.Equal(Designation.OtherDirected, b.Designation);
        Assert.Equal(50m, b.HighestAverageHours);
    }

    [Fact]
    public void A_month_standing_leaves_out_the_months_after_it()
    {
        // 30 h in October, 300 h in November: October's figures know nothing of November.
        var year = Year("F", Designation.Ordinary, 0, 0, 0, 0, 0, 0, 30, 300);

        var standing = MonthStanding.Of(year, null, October, Policy);

        Assert.Equal(30m, standing.YearHours);
        Assert.Empty(standing.Over);
    }

    [Fact]
    public void The_average_windows_of_april_reach_into_the_previous_fiscal_year()
    {
        // February and March 2026 (fiscal 2025) 90 h each, April 2026 70 h: February to April is 250 h in 3 months,
        // over 80 a month; the current year alone would show no window over the cap.
        var previous = Year("G", Designation.OtherDirected, new FiscalYear(2025), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 90, 90);
        var year = Year("G", Designation.OtherDirected, 70);

        var standing = MonthStanding.Of(year, previous, new DateOnly(2026, 4, 1), Policy);

        Assert.Contains(CapKind.Average, standing.Over);
        Assert.Equal(3, standing.AverageMonths);
    }

    [Fact]
    public void A_division_summary_totals_its_own_staff_and_lists_who_is_near_or_over_a_cap_over_first()
    {
        var summary = MonthlySummary.ForDivision(October, "D1", Example);

        Assert.Equal(3, summary.Figures.Staff);
        Assert.Equal(100m, summary.Figures.MonthHours);
        Assert.Equal(640m, summary.Figures.YearHours);
        Assert.Equal(1, summary.Figures.NearAny);
        Assert.Equal(1, summary.Figures.OverAny);
        Assert.Equal(["B", "A"], summary.NearOrOver.Select(p => p.StaffId));
        Assert.Equal([new CapCount(CapKind.OrdinaryMonth, 1, 0), new CapCount(CapKind.LongMonths, 0, 1)], summary.Figures.Caps);
    }

    [Fact]
    public void Every_division_gets_its_summary_from_one_read_of_the_month()
    {
        var all = MonthlySummary.ForAllDivisions(October, Example);

        Assert.Equal(["D1", "D2", "D3"], all.Select(d => d.DivisionCode));
        Assert.Equal([3, 1, 1], all.Select(d => d.Figures.Staff));
    }

    [Fact]
    public void The_ministry_view_groups_by_bureau_and_by_designation()
    {
        // B1: A near the month cap, B over the long months, D over 45 h in October.
        var ministry = MonthlySummary.ForMinistry(October, Example);

        Assert.Equal(5, ministry.Figures.Staff);
        Assert.Equal(["B1", "B2"], ministry.Bureaus.Select(b => b.Code));
        Assert.Equal([4, 1], ministry.Bureaus.Select(b => b.Figures.Staff));
        Assert.Equal((1, 2), (ministry.Bureaus[0].Figures.NearAny, ministry.Bureaus[0].Figures.OverAny));
        Assert.Equal(["ordinary", "other-directed"], ministry.Designations.Select(d => d.Code));
        Assert.Equal([4, 1], ministry.Designations.Select(d => d.Figures.Staff));
    }

    [Fact]
    public void The_ministry_view_counts_the_months_over_45_hours_of_each_person_most_first()
    {
        // B: seven months of 50 h; D: one month of 46 h; A (40 h) and C, E none.
        var ministry = MonthlySummary.ForMinistry(October, Example);

        Assert.Equal([("B", 7), ("D", 1)], ministry.LongMonths.Select(p => (p.StaffId, p.Standing.LongMonths)));
    }

    private static MonthTotal Row(string staffId, string division, string bureau, OvertimeYear year) =>
        new(staffId, October, division, "課" + division, bureau, "局" + bureau, MonthStanding.Of(year, null, October, Policy),
            DateTimeOffset.UnixEpoch);

    private static OvertimeYear Year(string staffId, Designation designation, params int[] hoursFromApril) =>
        Year(staffId, designation, Fy2026, hoursFromApril);

    private static OvertimeYear Year(string staffId, Designation designation, FiscalYear fiscal, params int[] hoursFromApril)
    {
        var minutes = Enumerable.Range(0, FiscalYear.MonthsInYear).Select(i => i < hoursFromApril.Length ? hoursFromApril[i] * 60 : 0).ToArray();
        var none = new int[FiscalYear.MonthsInYear];
        return designation == Designation.OtherDirected
            ? new OvertimeYear(staffId, fiscal, none, minutes, [new DesignationChange(fiscal.FirstDay, Designation.OtherDirected)])
            : new OvertimeYear(staffId, fiscal, minutes, none, []);
    }
}
