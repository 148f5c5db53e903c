namespace Transformation.ThreeSixty.Nomination;

/// <summary>
/// One subject of a round as stored: their grade in the round's snapshot, their peers (staff ids) and how the list
/// was set, whether it is locked, and HR's changes (removed, added). A removed subject keeps the row, so that a
/// repeated selection does not bring them back.
/// </summary>
public sealed record SubjectRow(
    string RoundId,
    string SubjectId,
    string Grade,
    IReadOnlyList<string> Peers,
    PeerSource Source = PeerSource.None,
    bool Locked = false,
    bool Removed = false,
    bool AddedByHr = false,
    string? ChangedBy = null,
    DateTimeOffset? ChangedAt = null)
{
    /// <summary>Equality by value, the peers included, so "nothing changed" is seen and not written.</summary>
    public bool Equals(SubjectRow? other) =>
        other is not null && RoundId == other.RoundId && SubjectId == other.SubjectId && Grade == other.Grade
        && Peers.SequenceEqual(other.Peers, StringComparer.Ordinal) && Source == other.Source && Locked == other.Locked
        && Removed == other.Removed && AddedByHr == other.AddedByHr && ChangedBy == other.ChangedBy && ChangedAt == other.ChangedAt;

    public override int GetHashCode() => HashCode.Combine(RoundId, SubjectId, Source, Locked, Removed);
}
