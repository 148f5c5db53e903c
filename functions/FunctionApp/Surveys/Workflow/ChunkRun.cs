namespace Transformation.Surveys.Workflow;

/// <summary>
/// One chunk of the cycle's roster snapshot (as <see cref="RosterChunks"/> cuts it, <see cref="ChunkSize"/> a chunk): the activity
/// reads its people itself, so no staff list enters the orchestration's history.
/// </summary>
/// <param name="Round">Names the send for the mail batch key: "invite", "reminder-1", "results".</param>
public sealed record ChunkRun(string CycleId, string SnapshotId, int Chunk, int ChunkSize, DateTime ClosesAtUtc, string Round);
