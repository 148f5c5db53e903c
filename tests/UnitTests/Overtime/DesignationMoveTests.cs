using Transformation.Overtime.Caps;
using static Transformation.Tests.Overtime.CapExamples;

namespace Transformation.Tests.Overtime;

/// <summary>
/// A person held to the rule of the division they are in on each day; one whose division became ordinary during the
/// year keeps 720 hours a year (第1号ロ) and the periods 人事院 sets: the move month under the other-directed caps, then
/// 45 hours a month and 30 hours for each remaining month in total.
/// </summary>
public sealed class DesignationMoveTests
{
    private static readonly DesignationTimeline IntoOtherDirectedOnOctober1 = new(
    [
        new DesignationChange(new DateOnly(2026, 4, 1), Designation.Ordinary),
        new DesignationChange(new DateOnly(2026, 10, 1), Designation.OtherDirected),
    ]);

    private static readonly DesignationTimeline OutOfOtherDirectedOnOctober15 = new(
    [
        new DesignationChange(new DateOnly(2026, 4, 1), Designation.OtherDirected),
        new DesignationChange(new DateOnly(2026, 10, 15), Designation.Ordinary),
    ]);

    [Fact]
    public void After_a_move_into_an_other_directed_division_the_month_cap_is_under_100_hours()
    {
        // April to September ordinary, 45 h each; October (other-directed) 50 h + 10 h = 60 h: over 45, under 100.
        var year = Hours(Designation.Ordinary, 45m, 45m, 45m, 45m, 45m, 45m).Add(Day(10, 1), Designation.OtherDirected, 50m);

        var result = Assess(year, IntoOtherDirectedOnOctober1, Day(10), 10m);

        Assert.Equal(CapRegimeKind.OtherDirected, result.Regime.Kind);
        Assert.Equal(CapStatus.Within, result.Figure(CapKind.OtherDirectedMonth).Status);
        Assert.DoesNotContain(result.Limits, l => l.Kind == CapKind.OrdinaryMonth);
    }

    [Fact]
    public void Hours_worked_before_a_move_into_an_other_directed_division_count_toward_its_720_hours()
    {
        // Ordinary April-September 6 x 45 = 270 h; other-directed October and November 80 h each = 160 h;
        // December request 10 h: 270 + 160 + 10 = 440 h, over 360 but within 720.
        var year = Hours(Designation.Ordinary, 45m, 45m, 45m, 45m, 45m, 45m)
            .Add(Day(10), Designation.OtherDirected, 80m)
            .Add(Day(11), Designation.OtherDirected, 80m);

        var result = Assess(year, IntoOtherDirectedOnOctober1, Day(12), 10m);

        Assert.Equal(440m, result.YearTotal);
        Assert.Equal(720m, result.Figure(CapKind.OtherDirectedYear).Limit);
        Assert.Empty(result.Breaches);
    }

    [Fact]
    public void The_hours_of_a_month_are_kept_apart_by_the_designation_they_were_worked_under()
    {
        // October: 20 h before the move out on the 15th (other-directed), 5 h after it (ordinary).
        var year = FiscalYearTotals.Empty(Fy2026)
            .Add(new DateOnly(2026, 10, 5), Designation.OtherDirected, 20m)
            .Add(new DateOnly(2026, 10, 20), Designation.Ordinary, 5m);

        Assert.Equal(new MonthHours(5m, 20m), year.Month(Day(10)));
    }

    [Fact]
    public void The_month_of_a_move_out_of_an_other_directed_division_keeps_the_cap_under_100_hours()
    {
        // Moved to an ordinary division on 15 October; on 20 October: 60 h + 10 h = 70 h, over 45 but under 100.
        var year = FiscalYearTotals.Empty(Fy2026).Add(Day(10, 5), Designation.OtherDirected, 60m);

        var result = Assess(year, OutOfOtherDirectedOnOctober15, Day(10, 20), 10m);

        Assert.Equal(CapRegimeKind.MoveMonth, result.Regime.Kind);
        Assert.Empty(result.Breaches);
    }

    [Fact]
    public void After_the_move_month_the_month_cap_is_45_hours()
    {
        // November: 40 h + 10 h = 50 h > 45.
        var year = FiscalYearTotals.Empty(Fy2026).Add(Day(11), Designation.Ordinary, 40m);

        var result = Assess(year, OutOfOtherDirectedOnOctober15, Day(11), 10m);

        Assert.Equal(CapRegimeKind.AfterMove, result.Regime.Kind);
        Assert.Equal(CapStatus.Breach, result.Figure(CapKind.OrdinaryMonth).Status);
    }

    [Fact]
    public void After_the_move_month_the_rest_of_the_year_is_capped_at_30_hours_a_month_in_total()
    {
        // November to March: 5 months x 30 h = 150 h. November, December, January 45 h each = 135 h;
        // February request 20 h: 155 h > 150, though February alone (20 h) is within 45.
        var year = Hours(Designation.Ordinary, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 45m, 45m, 45m);

        var result = Assess(year, OutOfOtherDirectedOnOctober15, Day(2), 20m);

        var period = result.Figure(CapKind.AfterMovePeriod);
        Assert.Equal((155m, 150m, CapStatus.Breach), (period.Used, period.Limit, period.Status));
        Assert.Equal(new MonthSpan(Day(11, 1), Day(3, 1)), period.Span);
        Assert.Equal(CapStatus.Within, result.Figure(CapKind.OrdinaryMonth).Status);
    }

    [Fact]
    public void A_person_whose_division_became_ordinary_keeps_720_hours_a_year()
    {
        // Other-directed April-September 6 x 60 = 360 h, October 30 h; November request 10 h: 400 h, over 360.
        var year = Hours(Designation.OtherDirected, 60m, 60m, 60m, 60m, 60m, 60m, 30m);

        var result = Assess(year, OutOfOtherDirectedOnOctober15, Day(11), 10m);

        Assert.Equal(720m, result.Figure(CapKind.OtherDirectedYear).Limit);
        Assert.DoesNotContain(result.Limits, l => l.Kind == CapKind.OrdinaryYear);
        Assert.Empty(result.Breaches);
    }

    [Fact]
    public void A_move_on_1_april_is_no_move_within_the_year()
    {
        // Other-directed to 31 March 2026, ordinary from 1 April 2026: fiscal 2026 is wholly ordinary, 360 h a year.
        var timeline = new DesignationTimeline(
        [
            new DesignationChange(new DateOnly(2025, 4, 1), Designation.OtherDirected),
            new DesignationChange(new DateOnly(2026, 4, 1), Designation.Ordinary),
        ]);

        var result = Assess(FiscalYearTotals.Empty(Fy2026), timeline, Day(5), 1m);

        Assert.Equal(CapRegimeKind.Ordinary, result.Regime.Kind);
        Assert.Equal(360m, result.Figure(CapKind.OrdinaryYear).Limit);
    }
}
