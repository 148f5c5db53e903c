using System.Globalization;
using Transformation.Platform.Storage;

namespace Transformation.Organisation.Snapshots;

/// <summary>
/// How snapshot rows are keyed. A snapshot is spread over several partitions ("{snapshot}-{nn}") because one
/// table partition takes about 2,000 writes a second; the partition of a person is a stable hash of their id.
/// </summary>
public static class SnapshotKeys
{
    /// <summary>A new snapshot id: sortable by time, unique without coordination.</summary>
    public static string NewId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    public static string Partition(string snapshotId, int partition) =>
        snapshotId + "-" + partition.ToString("00", CultureInfo.InvariantCulture);

    public static string PartitionOf(string snapshotId, string staffId, int partitions) =>
        Partition(snapshotId, Bucket(staffId, partitions));

    public static string Row(string staffId) => TableKeys.Encode(staffId);

    // FNV-1a: string.GetHashCode differs between processes, and the partition must not.
    private static int Bucket(string staffId, int partitions)
    {
        var hash = 2166136261u;
        foreach (var c in staffId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)partitions);
    }
}
