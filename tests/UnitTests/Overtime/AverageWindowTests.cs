using Transformation.Overtime.Caps;
using static Transformation.Tests.Overtime.CapExamples;

namespace Transformation.Tests.Overtime;

/// <summary>第2号ニ: at most 80 hours a month on average over every window of 2 to 6 months.</summary>
public sealed class AverageWindowTests
{
    [Fact]
    public void Two_months_of_70_and_90_hours_average_80_and_are_within_the_cap()
    {
        // September 70 h; October 80 h + 10 h = 90 h. (70 + 90) / 2 = 80, at most 80.
        var year = Hours(Designation.OtherDirected, 0m, 0m, 0m, 0m, 0m, 70m, 80m);

        var result = Assess(year, OtherDirected, Day(10), 10m);

        var average = result.Figure(CapKind.Average);
        Assert.Equal(80m, average.Used);
        Assert.NotEqual(CapStatus.Breach, average.Status);
    }

    [Fact]
    public void Two_months_of_70_and_91_hours_breach_the_average()
    {
        // September 70 h; October 80 h + 11 h = 91 h. (70 + 91) / 2 = 80.5 > 80.
        var year = Hours(Designation.OtherDirected, 0m, 0m, 0m, 0m, 0m, 70m, 80m);

        var result = Assess(year, OtherDirected, Day(10), 11m);

        var average = result.Figure(CapKind.Average);
        Assert.Equal(CapStatus.Breach, average.Status);
        Assert.Equal(new MonthSpan(Day(9, 1), Day(10, 1)), average.Span);
        Assert.Equal(CapApproval.OnlyAsSpecialDuty, result.Approval);
    }

    [Fact]
    public void A_three_month_window_breaches_while_every_two_month_window_is_within()
    {
        // August 90 h, September 65 h, October 80 h + 10 h = 90 h.
        // Two months: (90 + 65) / 2 = 77.5, (65 + 90) / 2 = 77.5, (90 + 0) / 2 = 45. Three: (90 + 65 + 90) / 3 = 81.67 > 80.
        var year = Hours(Designation.OtherDirected, 0m, 0m, 0m, 0m, 90m, 65m, 80m);

        var result = Assess(year, OtherDirected, Day(10), 10m);

        var average = result.Figure(CapKind.Average);
        Assert.Equal(CapStatus.Breach, average.Status);
        Assert.Equal(new MonthSpan(Day(8, 1), Day(10, 1)), average.Span);
        var projected = year.Add(Day(10), Designation.OtherDirected, 10m);
        Assert.All(
            MultiMonthAverages.Containing(projected, null, Day(10)).Where(w => w.Span.Months == 2),
            w => Assert.False(w.Exceeds));
    }

    [Fact]
    public void The_windows_reach_back_across_april_into_the_previous_fiscal_year()
    {
        // February 2026 90 h, March 2026 80 h (fiscal 2025); April 2026 70 h + 5 h = 75 h.
        // (80 + 75) / 2 = 77.5 is within, but (90 + 80 + 75) / 3 = 81.67 > 80.
        var previous = FiscalYearTotals.Of(Fy2026.Previous, Designation.OtherDirected, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 90m, 80m);

        var result = Assess(Hours(Designation.OtherDirected, 70m), OtherDirected, Day(4), 5m, previous);

        var average = result.Figure(CapKind.Average);
        Assert.Equal(CapStatus.Breach, average.Status);
        Assert.Equal(new MonthSpan(new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 1)), average.Span);
    }

    [Fact]
    public void A_window_ending_in_a_later_month_already_recorded_counts()
    {
        // An actual added to August after September is recorded: August 85 h + 5 h = 90 h, September 75 h.
        // (90 + 75) / 2 = 82.5 > 80: the window August-September ends after the month changed.
        var year = Hours(Designation.OtherDirected, 0m, 0m, 0m, 0m, 85m, 75m);

        var result = Assess(year, OtherDirected, Day(8), 5m);

        Assert.Equal(new MonthSpan(Day(8, 1), Day(9, 1)), result.Figure(CapKind.Average).Span);
        Assert.Equal(CapStatus.Breach, result.Figure(CapKind.Average).Status);
    }

    [Fact]
    public void Every_window_of_two_to_six_months_ending_at_a_month_is_averaged()
    {
        // Months ending with September: 2 (Aug-Sep) to 6 (Apr-Sep). Apr..Sep = 10, 20, 30, 40, 50, 60 h.
        var year = Hours(Designation.OtherDirected, 10m, 20m, 30m, 40m, 50m, 60m);

        var windows = MultiMonthAverages.EndingAt(year, null, Day(9));

        // (50 + 60) / 2 = 55; (40 + 50 + 60) / 3 = 50; 180 / 4 = 45; 200 / 5 = 40; 210 / 6 = 35.
        Assert.Equal([55m, 50m, 45m, 40m, 35m], windows.Select(w => w.Average));
    }
}
