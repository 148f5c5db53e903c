namespace Transformation.TeamUp.Workflow;

/// <summary>
/// What the opening decided: the roster snapshot, the entry deadline and the instants of the entry reminders, and how often
/// a wait for HR reads the stored season again (TeamUp:RecheckEvery when the season opened).
/// </summary>
public sealed record SeasonPlan(
    string SeasonId,
    string SnapshotId,
    DateTime EntryDeadlineUtc,
    IReadOnlyList<DateTime> EntryRemindersUtc,
    int Divisions,
    int Chunks,
    int ChunkSize,
    TimeSpan RecheckEvery);
