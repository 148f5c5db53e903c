using Transformation.Platform.Scheduling;
using Transformation.Surveys.Workflow;

namespace Transformation.Tests.Surveys.Workflow;

public sealed class LaunchDayRuleTests
{
    private static readonly BusinessCalendar Calendar = new(["12-29", "12-30", "12-31", "01-02", "01-03"]);
    private static readonly LaunchDayRule FirstOfDecember = new(12, 1);

    [Fact]
    public void A_weekday_first_of_december_is_the_launch_day()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), FirstOfDecember.LaunchDay(2026, Calendar)); // a Tuesday
    }

    [Fact]
    public void A_weekend_pushes_the_launch_to_monday()
    {
        Assert.Equal(new DateOnly(2024, 12, 2), FirstOfDecember.LaunchDay(2024, Calendar)); // 1 December 2024 is a Sunday
        Assert.Equal(new DateOnly(2029, 12, 3), FirstOfDecember.LaunchDay(2029, Calendar)); // 1 December 2029 is a Saturday
    }

    [Fact]
    public void Public_holidays_and_closed_days_are_skipped()
    {
        // 2 November 2026 is the first business day; 3 November (Culture Day) is a holiday, so the second is the 4th.
        Assert.Equal(new DateOnly(2026, 11, 4), new LaunchDayRule(11, 2).LaunchDay(2026, Calendar));
        // 1 January is a holiday, 2 January a closed day, then the weekend: the first business day of January 2027 is the 4th.
        Assert.Equal(new DateOnly(2027, 1, 4), new LaunchDayRule(1, 1).LaunchDay(2027, Calendar));
    }

    [Fact]
    public void The_daily_timer_launches_only_on_the_launch_day()
    {
        Assert.True(FirstOfDecember.IsLaunchDay(new DateOnly(2024, 12, 2), Calendar));
        Assert.False(FirstOfDecember.IsLaunchDay(new DateOnly(2024, 12, 1), Calendar));
        Assert.False(FirstOfDecember.IsLaunchDay(new DateOnly(2024, 12, 3), Calendar));
        Assert.False(FirstOfDecember.IsLaunchDay(new DateOnly(2024, 11, 1), Calendar));
    }
}
