using Transformation.Overtime.Caps;
using Transformation.Overtime.Decisions;
using Transformation.Overtime.Requests;

namespace Transformation.Tests.Overtime;

/// <summary>The stored running totals: minutes by month and designation, and the designation changes a person's requests saw.</summary>
public sealed class OvertimeYearTests
{
    private static readonly FiscalYear Year2026 = new(2026);

    [Fact]
    public void Minutes_are_counted_in_the_days_month_under_the_days_designation()
    {
        var year = OvertimeYear.Empty("E1", Year2026).Add(new DateOnly(2026, 11, 30), Designation.OtherDirected, 150);

        Assert.Equal(2.5m, year.Totals.Month(new DateOnly(2026, 11, 1)).OtherDirected);
        Assert.Equal(0m, year.Totals.Month(new DateOnly(2026, 11, 1)).Ordinary);
    }

    [Fact]
    public void A_difference_replaces_an_estimate_by_the_actual()
    {
        var day = new DateOnly(2027, 1, 12);
        var year = OvertimeYear.Empty("E1", Year2026).Add(day, Designation.Ordinary, 120).Add(day, Designation.Ordinary, 90 - 120);

        Assert.Equal(90, year.MonthMinutes(day));
        Assert.Equal(90, year.YearMinutes);
    }

    [Fact]
    public void A_first_other_directed_day_is_kept_as_a_change()
    {
        var day = new DateOnly(2026, 6, 3);

        var year = OvertimeYear.Empty("E1", Year2026).Seeing(day, Designation.OtherDirected);

        Assert.Equal(Designation.OtherDirected, year.Timeline.On(day));
        Assert.Equal(Designation.Ordinary, year.Timeline.On(day.AddDays(-1)));
    }

    [Fact]
    public void An_ordinary_day_after_other_directed_ones_makes_the_person_a_mover()
    {
        var year = OvertimeYear.Empty("E1", Year2026)
            .Seeing(new DateOnly(2026, 4, 10), Designation.OtherDirected)
            .Seeing(new DateOnly(2026, 10, 5), Designation.Ordinary);

        var regime = CapRegime.On(year.Timeline, new DateOnly(2026, 11, 30));

        Assert.Equal(CapRegimeKind.AfterMove, regime.Kind);
        Assert.Equal(new DateOnly(2026, 10, 5), regime.BecameOrdinaryOn);
    }

    [Fact]
    public void The_same_designation_again_adds_no_change()
    {
        var year = OvertimeYear.Empty("E1", Year2026)
            .Seeing(new DateOnly(2026, 4, 10), Designation.OtherDirected)
            .Seeing(new DateOnly(2026, 5, 10), Designation.OtherDirected);

        Assert.Single(year.Designations);
    }

    [Fact]
    public void A_link_resource_names_the_person_and_the_day()
    {
        var day = new OvertimeDay("E:12", new DateOnly(2026, 11, 30), 1, OvertimeState.Pending, "t", null, 60, "S1",
            Designation.Ordinary, [], DateTimeOffset.UnixEpoch, 0);

        Assert.Equal(("E:12", new DateOnly(2026, 11, 30)), OvertimeLinks.Parse(day.LinkResource));
    }

    [Fact]
    public void Another_features_link_resource_is_not_an_overtime_day()
    {
        Assert.Null(OvertimeLinks.Parse("caresheet:abc"));
    }
}
