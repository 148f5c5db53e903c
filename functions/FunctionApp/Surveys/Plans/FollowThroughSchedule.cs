namespace Transformation.Surveys.Plans;

/// <summary>
/// The dates of one cycle's follow-through, fixed when the sheets are delivered (and stored, so pages show
/// the same deadline the timers wait for): plan deadline, reminders before it, mid-term progress request.
/// </summary>
public sealed record FollowThroughSchedule(
    string CycleId,
    string SnapshotId,
    DateTimeOffset DeliveredAt,
    DateTimeOffset Deadline,
    IReadOnlyList<DateTimeOffset> Reminders,
    DateTimeOffset MidTermAt)
{
    public bool IsOverdue(DateTimeOffset now) => now >= Deadline;
}
