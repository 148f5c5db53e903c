namespace Transformation.Organisation.Lookup;

/// <summary>The snapshot asked for does not exist, or no roster has been imported yet (when none was named).</summary>
public sealed class RosterSnapshotNotFoundException : Exception
{
    public RosterSnapshotNotFoundException()
    {
    }

    public RosterSnapshotNotFoundException(string? snapshotId)
        : base(snapshotId is null ? "No roster has been imported yet." : $"Roster snapshot '{snapshotId}' does not exist.")
    {
        SnapshotId = snapshotId;
    }

    public RosterSnapshotNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? SnapshotId { get; }
}
