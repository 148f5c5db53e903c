namespace Transformation.Surveys.Workflow;

/// <summary>What the orchestration keeps of the launch: the roster snapshot, its size in chunks, the deadline and the reminder settings.</summary>
public sealed record CyclePlan(
    string CycleId,
    string SnapshotId,
    int Staff,
    int Chunks,
    int ChunkSize,
    DateTime ClosesAtUtc,
    IReadOnlyList<string> ReminderOffsets,
    string TimeZone);
