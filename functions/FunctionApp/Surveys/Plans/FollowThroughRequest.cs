namespace Transformation.Surveys.Plans;

/// <summary>The optional body of POST /api/surveys/{cycleId}/follow-through: the roster snapshot the cycle started with (default: the current
/// one).</summary>
public sealed record FollowThroughRequest(string? RosterSnapshotId);
