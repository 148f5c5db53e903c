namespace Transformation.TeamUp.Workflow;

/// <summary>
/// What the opening decided: the roster snapshot, the entry deadline and the instants of the entry reminders, and how often
/// a wait for HR reads the stored season again (null in seasons opened before it existed: <see cref="DefaultRecheck"/>).
/// </summary>
public sealed record SeasonPlan(
    string SeasonId,
    string SnapshotId,
    DateTime EntryDeadlineUtc,
    IReadOnlyList<DateTime> EntryRemindersUtc,
    int Divisions,
    int Chunks,
    int ChunkSize,
    TimeSpan? RecheckEvery = null)
{
    public static readonly TimeSpan DefaultRecheck = TimeSpan.FromHours(6);

    public TimeSpan Recheck => RecheckEvery ?? DefaultRecheck;
}
