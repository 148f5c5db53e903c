using Transformation.Overtime.Caps;
using Transformation.Overtime.Interviews;

namespace Transformation.Tests.Overtime;

/// <summary>人事院規則10-4: a month of 100 hours or more, or an average over 80 hours across 2 to 6 months, calls for an interview.</summary>
public sealed class InterviewRuleTests
{
    private static readonly FiscalYear Year = new(2026);
    private static readonly DateOnly October = new(2026, 10, 1);

    private static InterviewFinding? Assess(params decimal[] hoursFromApril) =>
        InterviewRule.Assess(FiscalYearTotals.Of(Year, Designation.Ordinary, hoursFromApril), null, October, 100m, 80m);

    [Fact]
    public void A_month_of_exactly_100_hours_is_flagged_for_the_month()
    {
        Assert.Equal(new InterviewFinding(InterviewReason.Month, 100m, 1), Assess(0, 0, 0, 0, 0, 0, 100));
    }

    [Fact]
    public void A_month_of_99_hours_alone_is_not_flagged()
    {
        Assert.Null(Assess(0, 0, 0, 0, 0, 0, 99));
    }

    [Fact]
    public void Two_months_averaging_exactly_80_are_not_flagged()
    {
        Assert.Null(Assess(0, 0, 0, 0, 0, 70, 90));
    }

    [Fact]
    public void Two_months_averaging_above_80_are_flagged_for_the_average()
    {
        Assert.Equal(new InterviewFinding(InterviewReason.Average, 80.5m, 2), Assess(0, 0, 0, 0, 0, 70, 91));
    }

    [Fact]
    public void The_average_window_reaches_back_into_the_previous_year()
    {
        var previous = FiscalYearTotals.Of(Year.Previous, Designation.Ordinary, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 95);
        var year = FiscalYearTotals.Of(Year, Designation.Ordinary, 70);

        var finding = InterviewRule.Assess(year, previous, new DateOnly(2026, 4, 1), 100m, 80m);

        Assert.Equal(InterviewReason.Average, finding?.Reason);
    }
}
