namespace Transformation.TeamUp.Workflow;

/// <summary>A season as HR and staff see it: phase, deadlines, panel size, and the orchestration's own state.</summary>
public sealed record SeasonView(
    string SeasonId,
    string InstanceId,
    string Phase,
    string? RuntimeStatus,
    string? SnapshotId,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? EntryDeadline,
    DateTimeOffset? JudgingDeadline,
    int Judges);
