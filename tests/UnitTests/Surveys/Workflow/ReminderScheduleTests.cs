using Transformation.Platform.Scheduling;


namespace Transformation.Tests.Surveys.Workflow;

public sealed class ReminderScheduleTests
{
    private static readonly TimeZoneInfo Japan = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly Deadline[] Offsets = [Deadline.Parse("7 days"), Deadline.Parse("2 days")];

    private static DateTimeOffset Jst(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Reminders_fall_the_offsets_before_the_deadline_in_order()
    {
        var all = ReminderSchedule.All(Jst(12, 15, 17), Offsets, Japan);

        Assert.Equal([Jst(12, 8, 17), Jst(12, 13, 17)], all);
    }

    [Fact]
    public void The_next_reminder_is_the_first_still_ahead()
    {
        var closesAt = Jst(12, 15, 17);

        Assert.Equal(Jst(12, 8, 17), ReminderSchedule.Next(closesAt, Offsets, Jst(12, 1), Japan));
        Assert.Equal(Jst(12, 13, 17), ReminderSchedule.Next(closesAt, Offsets, Jst(12, 8, 18), Japan));
        Assert.Null(ReminderSchedule.Next(closesAt, Offsets, Jst(12, 13, 18), Japan));
    }

    [Fact]
    public void An_extended_deadline_moves_the_reminders_still_ahead()
    {
        // The 7-day reminder went out on 8 December; HR extends from the 15th to the 22nd on the 10th.
        var next = ReminderSchedule.Next(Jst(12, 22, 17), Offsets, Jst(12, 10), Japan);

        Assert.Equal(Jst(12, 15, 17), next);
        Assert.Equal(Jst(12, 20, 17), ReminderSchedule.Next(Jst(12, 22, 17), Offsets, Jst(12, 15, 18), Japan));
    }

    [Fact]
    public void A_reminder_already_past_at_launch_is_skipped_and_time_spans_work_for_tests()
    {
        var launch = Jst(12, 1);
        var spans = new[] { Deadline.Parse("00:01:00"), Deadline.Parse("00:00:20") };
        var closesAt = launch.AddSeconds(40);

        Assert.Equal(launch.AddSeconds(20), ReminderSchedule.Next(closesAt, spans, launch, Japan));
    }
}
