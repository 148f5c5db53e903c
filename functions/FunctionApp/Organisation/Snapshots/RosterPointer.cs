using Azure;

namespace Transformation.Organisation.Snapshots;

/// <summary>The "current snapshot" pointer as read, with the ETag an import must still match to replace it.</summary>
public sealed record RosterPointer(string SnapshotId, ETag ETag);
