using Transformation.Platform.Scheduling;
using Transformation.Surveys.Plans;

namespace Transformation.Tests.Surveys.Plans;

public sealed class FollowThroughClockTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly BusinessCalendar Calendar = new(["12-29", "12-30", "12-31", "01-02", "01-03"]);

    [Fact]
    public void The_deadline_counts_business_days_and_skips_holidays_and_the_year_end_closure()
    {
        // Friday 2026-12-25, 10:00 JST; 5 business days: 28 Dec, then 4–7 Jan (29 Dec–3 Jan closed / holiday), at 18:00.
        var delivered = new DateTimeOffset(2026, 12, 25, 10, 0, 0, TimeSpan.FromHours(9));
        var options = new SurveyPlanOptions { PlanDeadline = "5 business days", RemindBefore = "3 days, 1 days", MidTermAfter = "180 days" };

        var schedule = FollowThroughClock.Plan("2026", "snap", delivered, options, Calendar, Tokyo);

        Assert.Equal(new DateTimeOffset(2027, 1, 7, 18, 0, 0, TimeSpan.FromHours(9)), schedule.Deadline);
        Assert.Equal(
            [new DateTimeOffset(2027, 1, 4, 18, 0, 0, TimeSpan.FromHours(9)), new DateTimeOffset(2027, 1, 6, 18, 0, 0, TimeSpan.FromHours(9))],
            schedule.Reminders);
        Assert.Equal(new DateTimeOffset(2027, 7, 6, 18, 0, 0, TimeSpan.FromHours(9)), schedule.MidTermAt);
    }

    [Fact]
    public void Reminders_before_delivery_are_dropped_and_time_spans_serve_tests()
    {
        var delivered = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var options = new SurveyPlanOptions { PlanDeadline = "00:00:12", RemindBefore = "00:00:06, 00:00:30, 00:00:06", MidTermAfter = "00:00:08" };

        var schedule = FollowThroughClock.Plan("2026", "snap", delivered, options, Calendar, Tokyo);

        Assert.Equal(delivered.AddSeconds(12), schedule.Deadline);
        Assert.Equal([delivered.AddSeconds(6)], schedule.Reminders);
        Assert.Equal(delivered.AddSeconds(20), schedule.MidTermAt);
    }

    [Fact]
    public void A_plan_not_submitted_by_the_deadline_is_overdue_even_as_a_draft()
    {
        var schedule = new FollowThroughSchedule("2026", "snap", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(20), [], DateTimeOffset.UnixEpoch.AddDays(200));
        var draft = new ImprovementPlan("2026", "D1", "B1", new PlanContent([], []), null, null, DateTimeOffset.UnixEpoch, "H1", [], "e");
        var before = DateTimeOffset.UnixEpoch.AddDays(19);
        var after = DateTimeOffset.UnixEpoch.AddDays(21);

        Assert.Equal(PlanStanding.NotStarted, FollowThroughClock.Standing(null, schedule, before));
        Assert.Equal(PlanStanding.Draft, FollowThroughClock.Standing(draft, schedule, before));
        Assert.Equal(PlanStanding.Overdue, FollowThroughClock.Standing(draft, schedule, after));
        Assert.Equal(PlanStanding.Overdue, FollowThroughClock.Standing(null, schedule, after));
        Assert.Equal(PlanStanding.Submitted, FollowThroughClock.Standing(draft with { SubmittedAt = after }, schedule, after));
    }

    [Fact]
    public void A_reminder_setting_that_is_not_a_list_of_deadlines_is_refused()
    {
        Assert.Null(SurveyPlanOptions.ParseList("7 days, soon"));
        Assert.Empty(SurveyPlanOptions.ParseList("")!);
    }
}
