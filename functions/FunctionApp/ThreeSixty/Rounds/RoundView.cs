namespace Transformation.ThreeSixty.Rounds;

/// <summary>A round as HR sees it: where it stands and until when.</summary>
/// <param name="Phase">One of <see cref="RoundPhases"/>: opening, nominating, rating, closing, reporting, reported, failed.</param>
public sealed record RoundView(
    string RoundId,
    string InstanceId,
    string RuntimeStatus,
    string Phase,
    string? SnapshotId,
    DateTimeOffset? NominationDeadline,
    DateTimeOffset? RatingDeadline,
    DateTimeOffset? ClosedAt);

/// <summary>What became of HR's signal: no such round, not in a phase that takes it (nothing sent), or sent.</summary>
public enum RoundSignalOutcome
{
    Unknown,
    NotNow,
    Sent,
}
