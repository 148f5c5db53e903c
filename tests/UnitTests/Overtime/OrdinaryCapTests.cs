using Transformation.Overtime.Caps;
using static Transformation.Tests.Overtime.CapExamples;

namespace Transformation.Tests.Overtime;

/// <summary>An ordinary division (第1号イ): at most 45 hours a month and 360 a year.</summary>
public sealed class OrdinaryCapTests
{
    [Fact]
    public void A_month_reaching_45_hours_is_within_the_cap()
    {
        // April: 40 h so far + 5 h requested = 45 h; at most 45, so 45 itself is allowed.
        var result = Assess(Hours(Designation.Ordinary, 40m), Ordinary, Day(4), 5m);

        Assert.Equal(45m, result.MonthTotal);
        Assert.NotEqual(CapStatus.Breach, result.Figure(CapKind.OrdinaryMonth).Status);
        Assert.Equal(CapApproval.Allowed, result.Approval);
    }

    [Fact]
    public void A_month_over_45_hours_breaches_the_cap()
    {
        // April: 40 h + 5.25 h = 45.25 h > 45.
        var result = Assess(Hours(Designation.Ordinary, 40m), Ordinary, Day(4), 5.25m);

        Assert.Equal(CapStatus.Breach, result.Figure(CapKind.OrdinaryMonth).Status);
        Assert.Equal(CapApproval.OnlyAsSpecialDuty, result.Approval);
    }

    [Fact]
    public void A_year_reaching_360_hours_is_within_the_cap()
    {
        // April to November: 8 x 44 h = 352 h; December request 8 h: 352 + 8 = 360 h, at most 360.
        var result = Assess(Hours(Designation.Ordinary, 44m, 44m, 44m, 44m, 44m, 44m, 44m, 44m), Ordinary, Day(12), 8m);

        Assert.Equal(360m, result.YearTotal);
        Assert.Equal(360m, result.Figure(CapKind.OrdinaryYear).Limit);
        Assert.NotEqual(CapStatus.Breach, result.Figure(CapKind.OrdinaryYear).Status);
    }

    [Fact]
    public void A_year_over_360_hours_breaches_the_cap_though_the_month_is_within_its_own()
    {
        // 352 h + 8.5 h = 360.5 h > 360; December alone is 8.5 h, far under 45.
        var result = Assess(Hours(Designation.Ordinary, 44m, 44m, 44m, 44m, 44m, 44m, 44m, 44m), Ordinary, Day(12), 8.5m);

        Assert.Equal(CapStatus.Breach, result.Figure(CapKind.OrdinaryYear).Status);
        Assert.Equal(CapStatus.Within, result.Figure(CapKind.OrdinaryMonth).Status);
    }

    [Fact]
    public void The_other_directed_caps_do_not_hold_an_ordinary_division()
    {
        // An ordinary division has the month and year caps only: no average, no count of long months.
        var result = Assess(Hours(Designation.Ordinary, 40m), Ordinary, Day(4), 1m);

        Assert.Equal([CapKind.OrdinaryMonth, CapKind.OrdinaryYear], result.Limits.Select(l => l.Kind));
    }
}
