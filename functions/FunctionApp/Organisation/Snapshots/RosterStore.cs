using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;

namespace Transformation.Organisation.Snapshots;

/// <summary>
/// The roster in table storage: immutable snapshots of staff rows, a record per snapshot, and one
/// pointer to the current snapshot that imports swap with its ETag.
/// </summary>
public sealed class RosterStore(Tables tables, IOptions<OrganisationOptions> options)
{
    public const string StaffTable = "RosterStaff";
    public const string SnapshotTable = "RosterSnapshots";

    private const int BatchSize = 100;
    private const string SnapshotPartition = "snapshot";
    private const string PointerPartition = "current";
    private const string PointerRow = "roster";

    public async Task<RosterPointer?> ReadCurrentAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(SnapshotTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, PointerRow, cancellationToken: cancellationToken);
        return found.HasValue ? new RosterPointer(found.Value!.GetString("SnapshotId"), found.Value.ETag) : null;
    }

    /// <summary>
    /// Makes <paramref name="next"/> current if the pointer is still <paramref name="expected"/>;
    /// false when another import got there first.
    /// </summary>
    public async Task<bool> TrySetCurrentAsync(RosterPointer? expected, RosterSnapshotInfo next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        var table = await tables.GetAsync(SnapshotTable, cancellationToken);
        var pointer = new TableEntity(PointerPartition, PointerRow)
        {
            ["SnapshotId"] = next.SnapshotId,
            ["ImportedAt"] = next.ImportedAt,
            ["ImportedBy"] = next.ImportedBy,
        };
        try
        {
            if (expected is null)
            {
                await table.AddEntityAsync(pointer, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(pointer, expected.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Writes the rows and the record of a new snapshot. Nothing points at it yet, so a failure here changes nothing visible.</summary>
    public async Task WriteAsync(RosterSnapshotInfo info, IReadOnlyList<StaffMember> staff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(staff);
        var table = await tables.GetAsync(StaffTable, cancellationToken);
        var batches = staff
            .GroupBy(s => SnapshotKeys.PartitionOf(info.SnapshotId, s.StaffId, info.Partitions), StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(BatchSize).Select(chunk => (Partition: g.Key, Staff: chunk)))
            .ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.WriteParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batches, parallel, async (batch, token) =>
        {
            // Upsert, not add: a batch retried after a lost response must not fail on its own rows.
            var actions = batch.Staff.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(batch.Partition, s)));
            await table.SubmitTransactionAsync(actions, token);
        });

        var snapshots = await tables.GetAsync(SnapshotTable, cancellationToken);
        await snapshots.UpsertEntityAsync(
            new TableEntity(SnapshotPartition, TableKeys.Encode(info.SnapshotId))
            {
                ["ImportedAt"] = info.ImportedAt,
                ["ImportedBy"] = info.ImportedBy,
                ["StaffCount"] = info.StaffCount,
                ["Partitions"] = info.Partitions,
                ["Encoding"] = info.Encoding,
                ["State"] = "written",
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>Marks a snapshot that lost the race for the pointer, so nobody mistakes it for a roster that was in force.</summary>
    public async Task MarkDiscardedAsync(string snapshotId, CancellationToken cancellationToken = default)
    {
        var snapshots = await tables.GetAsync(SnapshotTable, cancellationToken);
        await snapshots.UpsertEntityAsync(
            new TableEntity(SnapshotPartition, TableKeys.Encode(snapshotId)) { ["State"] = "discarded" },
            TableUpdateMode.Merge,
            cancellationToken);
    }

    public async Task<RosterSnapshotInfo?> ReadInfoAsync(string snapshotId, CancellationToken cancellationToken = default)
    {
        var snapshots = await tables.GetAsync(SnapshotTable, cancellationToken);
        var found = await snapshots.GetEntityIfExistsAsync<TableEntity>(
            SnapshotPartition, TableKeys.Encode(snapshotId), cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value!.GetString("State") != "written")
        {
            return null;
        }

        var e = found.Value;
        return new RosterSnapshotInfo(
            snapshotId,
            e.GetDateTimeOffset("ImportedAt") ?? DateTimeOffset.MinValue,
            e.GetString("ImportedBy") ?? "",
            e.GetInt32("StaffCount") ?? 0,
            e.GetInt32("Partitions") ?? 1,
            e.GetString("Encoding") ?? "");
    }

    /// <summary>Every row of a snapshot, its partitions read in parallel.</summary>
    public async Task<IReadOnlyList<StaffMember>> ReadStaffAsync(RosterSnapshotInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        var table = await tables.GetAsync(StaffTable, cancellationToken);
        var parts = await Task.WhenAll(Enumerable.Range(0, info.Partitions).Select(async p =>
        {
            var rows = new List<StaffMember>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SnapshotKeys.Partition(info.SnapshotId, p)}");
            await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                rows.Add(FromEntity(e));
            }

            return rows;
        }));
        return [.. parts.SelectMany(p => p)];
    }

    private static TableEntity ToEntity(string partition, StaffMember s) => new(partition, SnapshotKeys.Row(s.StaffId))
    {
        ["StaffId"] = s.StaffId,
        ["Name"] = s.Name,
        ["Email"] = s.Email,
        ["BureauCode"] = s.BureauCode,
        ["BureauName"] = s.BureauName,
        ["DivisionCode"] = s.DivisionCode,
        ["DivisionName"] = s.DivisionName,
        ["Grade"] = s.Grade,
        ["SupervisorId"] = s.SupervisorId,
        ["Language"] = s.Language.Code(),
    };

    private static StaffMember FromEntity(TableEntity e) => new(
        e.GetString("StaffId"),
        e.GetString("Name"),
        e.GetString("Email"),
        e.GetString("BureauCode"),
        e.GetString("BureauName"),
        e.GetString("DivisionCode"),
        e.GetString("DivisionName"),
        e.GetString("Grade"),
        e.GetString("SupervisorId"),
        Languages.Parse(e.GetString("Language")));
}
