namespace Transformation.ThreeSixty.Rounds;

/// <summary>
/// A year's 360 round as stored: the roster snapshot it runs on, its phase and deadlines. <see cref="Partitions"/>
/// is how many partitions the raters' rows use, fixed when rating opens (it is part of every link).
/// </summary>
public sealed record Round(
    string RoundId,
    string SnapshotId,
    RoundPhase Phase,
    DateTimeOffset OpenedAt,
    DateTimeOffset NominationDeadline,
    string QuestionnaireVersion,
    DateTimeOffset? RatingDeadline = null,
    DateTimeOffset? ClosedAt = null,
    int Partitions = 0,
    DateTimeOffset? SealedAt = null)
{
    public bool IsNominationOpenAt(DateTimeOffset now) => Phase == RoundPhase.Nominating && now < NominationDeadline;

    /// <summary>Whether a rating may be saved or submitted now: rating opened, not closed, before the deadline.</summary>
    public bool IsRatingOpenAt(DateTimeOffset now) =>
        Phase == RoundPhase.Rating && ClosedAt is null && RatingDeadline is { } deadline && now < deadline;
}
