using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;

namespace Transformation.Organisation.Import;

/// <summary>
/// Replaces the roster with an uploaded file, all or nothing: the file is checked whole first; a valid one
/// is written as a new snapshot nobody sees yet; then the current-snapshot pointer is swapped with the ETag
/// read at the start, so of two imports racing exactly one becomes current and the other is told so.
/// </summary>
public sealed class RosterImporter(
    RosterStore store,
    RosterDirectory directory,
    IOptions<OrganisationOptions> options,
    TimeProvider time,
    ILogger<RosterImporter> log)
{
    public async Task<RosterImportOutcome> ImportAsync(ReadOnlyMemory<byte> csv, string importedBy, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(csv, importedBy, cancellationToken);
        return await CommitAsync(prepared, cancellationToken);
    }

    /// <summary>Checks the file and, when valid, writes it as a new snapshot that is not current yet.</summary>
    public async Task<PreparedImport> PrepareAsync(ReadOnlyMemory<byte> csv, string importedBy, CancellationToken cancellationToken = default)
    {
        var o = options.Value;

        // Read the pointer before anything else: the changes are reported against this roster, and only
        // this roster may be replaced.
        var current = await store.ReadCurrentAsync(cancellationToken);
        var file = RosterReader.Read(csv.Span, o.MaxImportBytes, o.MaxImportRows);
        if (!file.IsValid)
        {
            log.Refused(file.Errors.Count);
            return new PreparedImport(current, null, [], null, file.Errors);
        }

        var before = current is null ? [] : (await directory.GetIndexAsync(current.SnapshotId, cancellationToken)).Staff;
        var changes = RosterDiff.Compare(before, file.Staff);
        var now = time.GetUtcNow();
        var info = new RosterSnapshotInfo(SnapshotKeys.NewId(now), now, importedBy, file.Staff.Count, o.SnapshotPartitions, file.Encoding);
        var watch = Stopwatch.StartNew();
        await store.WriteAsync(info, file.Staff, cancellationToken);
        log.Written(info.SnapshotId, info.StaffCount, info.Encoding, watch.ElapsedMilliseconds);
        return new PreparedImport(current, info, file.Staff, changes, []);
    }

    /// <summary>Swaps the current-snapshot pointer to the prepared snapshot, unless another import did first.</summary>
    public async Task<RosterImportOutcome> CommitAsync(PreparedImport prepared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (!prepared.IsValid || prepared.Snapshot is null || prepared.Changes is null)
        {
            return RosterImportOutcome.Invalid(prepared.Errors);
        }

        var info = prepared.Snapshot;
        if (!await store.TrySetCurrentAsync(prepared.Replaces, info, cancellationToken))
        {
            log.LostRace(info.SnapshotId);
            await store.MarkDiscardedAsync(info.SnapshotId, CancellationToken.None);
            return RosterImportOutcome.Conflict();
        }

        directory.Remember(info, prepared.Staff);
        var changes = prepared.Changes;
        var report = new RosterImportReport(
            info.SnapshotId,
            prepared.Replaces?.SnapshotId,
            info.ImportedAt,
            info.Encoding,
            info.StaffCount,
            changes.Joined.Count,
            changes.Left.Count,
            changes.Moved.Count,
            changes.Joined,
            changes.Left,
            changes.Moved);
        log.Imported(report.SnapshotId, report.StaffCount, report.JoinedCount, report.LeftCount, report.MovedCount);
        return RosterImportOutcome.Imported(report);
    }
}
