using Transformation.Overtime.Caps;
using static Transformation.Tests.Overtime.CapExamples;

namespace Transformation.Tests.Overtime;

/// <summary>A projected total at or over the warning share of a cap (80% by default) is shown as a warning.</summary>
public sealed class CapWarningTests
{
    [Fact]
    public void A_month_at_80_percent_of_its_cap_is_a_warning()
    {
        // 30 h + 6 h = 36 h = 0.8 x 45.
        var result = Assess(Hours(Designation.Ordinary, 30m), Ordinary, Day(4), 6m);

        Assert.Equal(CapStatus.Warning, result.Figure(CapKind.OrdinaryMonth).Status);
        Assert.Equal(CapApproval.Allowed, result.Approval);
    }

    [Fact]
    public void A_month_just_under_80_percent_of_its_cap_is_no_warning()
    {
        // 30 h + 5.75 h = 35.75 h < 36 h (0.8 x 45).
        var result = Assess(Hours(Designation.Ordinary, 30m), Ordinary, Day(4), 5.75m);

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void The_warning_share_is_a_setting()
    {
        // 36 h is 80% of 45 but under 90% (40.5 h).
        var result = Assess(Hours(Designation.Ordinary, 30m), Ordinary, Day(4), 6m, policy: new CapPolicy(0.9m));

        Assert.Equal(CapStatus.Within, result.Figure(CapKind.OrdinaryMonth).Status);
    }

    [Fact]
    public void The_other_directed_month_warns_at_80_hours()
    {
        // 0.8 x 100 = 80: 70 h + 10 h = 80 h.
        var result = Assess(Hours(Designation.OtherDirected, 70m), OtherDirected, Day(4), 10m);

        Assert.Equal(CapStatus.Warning, result.Figure(CapKind.OtherDirectedMonth).Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_warning_share_must_lie_between_nothing_and_the_whole_cap(int share)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CapPolicy(share));
    }
}
