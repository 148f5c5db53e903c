using Transformation.Overtime.Caps;
using static Transformation.Tests.Overtime.CapExamples;

namespace Transformation.Tests.Overtime;

/// <summary>A division designated 他律 (第2号イ・ロ): under 100 hours a month and at most 720 a year.</summary>
public sealed class OtherDirectedCapTests
{
    [Fact]
    public void A_month_just_under_100_hours_is_within_the_cap()
    {
        // April: 90 h + 9.75 h = 99.75 h < 100.
        var result = Assess(Hours(Designation.OtherDirected, 90m), OtherDirected, Day(4), 9.75m);

        Assert.NotEqual(CapStatus.Breach, result.Figure(CapKind.OtherDirectedMonth).Status);
    }

    [Fact]
    public void A_month_of_exactly_100_hours_breaches_the_cap()
    {
        // April: 90 h + 10 h = 100 h; the cap is "under 100", so 100 itself is over.
        var result = Assess(Hours(Designation.OtherDirected, 90m), OtherDirected, Day(4), 10m);

        var month = result.Figure(CapKind.OtherDirectedMonth);
        Assert.Equal(CapStatus.Breach, month.Status);
        Assert.False(month.LimitIncluded);
    }

    [Fact]
    public void A_year_reaching_720_hours_is_within_the_cap()
    {
        // April to September 6 x 80 h = 480 h (6 long months, every average 80); October to February 5 x 40 h = 200 h;
        // March 30 h + 10 h requested: 480 + 200 + 40 = 720 h, at most 720. March stays at 40 h, not a seventh long month.
        var year = Hours(Designation.OtherDirected, 80m, 80m, 80m, 80m, 80m, 80m, 40m, 40m, 40m, 40m, 40m, 30m);

        var result = Assess(year, OtherDirected, Day(3), 10m);

        Assert.Equal(720m, result.YearTotal);
        Assert.Empty(result.Breaches);
    }

    [Fact]
    public void A_year_over_720_hours_breaches_the_cap()
    {
        // The same year with a March request of 10.5 h: 710 + 10.5 = 720.5 h > 720; March is 40.5 h, not a long month.
        var year = Hours(Designation.OtherDirected, 80m, 80m, 80m, 80m, 80m, 80m, 40m, 40m, 40m, 40m, 40m, 30m);

        var result = Assess(year, OtherDirected, Day(3), 10.5m);

        Assert.Equal([CapKind.OtherDirectedYear], result.Breaches.Select(b => b.Kind));
    }
}
