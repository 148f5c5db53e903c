namespace Transformation.Organisation.Snapshots;

/// <summary>What is known about a snapshot besides its rows: when and by whom it was imported, and how it is stored.</summary>
public sealed record RosterSnapshotInfo(
    string SnapshotId,
    DateTimeOffset ImportedAt,
    string ImportedBy,
    int StaffCount,
    int Partitions,
    string Encoding);
