using Transformation.Overtime.Caps;
using static Transformation.Tests.Overtime.CapExamples;

namespace Transformation.Tests.Overtime;

/// <summary>第2号ハ: in an other-directed division, at most 6 months of the fiscal year over 45 hours.</summary>
public sealed class LongMonthTests
{
    [Fact]
    public void The_sixth_month_over_45_hours_is_within_the_cap()
    {
        // April to August 50 h each: 5 long months. September 40 h + 10 h = 50 h > 45: the sixth. At most 6.
        var year = Hours(Designation.OtherDirected, 50m, 50m, 50m, 50m, 50m, 40m);

        var result = Assess(year, OtherDirected, Day(9), 10m);

        var months = result.Figure(CapKind.LongMonths);
        Assert.Equal(6m, months.Used);
        Assert.NotEqual(CapStatus.Breach, months.Status);
    }

    [Fact]
    public void The_seventh_month_over_45_hours_breaches_the_cap()
    {
        // April to September 50 h each: 6 long months. October 40 h + 10 h = 50 h > 45: the seventh.
        var year = Hours(Designation.OtherDirected, 50m, 50m, 50m, 50m, 50m, 50m, 40m);

        var result = Assess(year, OtherDirected, Day(10), 10m);

        Assert.Equal(7m, result.Figure(CapKind.LongMonths).Used);
        Assert.Equal(CapStatus.Breach, result.Figure(CapKind.LongMonths).Status);
    }

    [Fact]
    public void A_request_that_keeps_its_month_at_45_hours_adds_no_long_month()
    {
        // Six long months already; October 40 h + 5 h = 45 h, not over 45, so still 6.
        var year = Hours(Designation.OtherDirected, 50m, 50m, 50m, 50m, 50m, 50m, 40m);

        var result = Assess(year, OtherDirected, Day(10), 5m);

        Assert.Empty(result.Breaches);
    }

    [Fact]
    public void Hr_counts_the_months_over_45_hours_of_a_year()
    {
        // 46 and 60 are over 45; 45 is not.
        var year = Hours(Designation.OtherDirected, 46m, 45m, 60m, 10m);

        Assert.Equal(2, LongMonths.Count(year));
    }
}
