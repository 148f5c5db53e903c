namespace Transformation.Organisation.Import;

/// <summary>What a successful import did: the new current snapshot and what changed against the one it replaced.</summary>
public sealed record RosterImportReport(
    string SnapshotId,
    string? PreviousSnapshotId,
    DateTimeOffset ImportedAt,
    string Encoding,
    int StaffCount,
    int JoinedCount,
    int LeftCount,
    int MovedCount,
    IReadOnlyList<StaffChange> Joined,
    IReadOnlyList<StaffChange> Left,
    IReadOnlyList<StaffMove> Moved);
