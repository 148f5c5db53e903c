using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.ThreeSixty.Nomination;

/// <summary>
/// The subjects of each round (table ThreeSixtySubjects, partition = round id, row = subject's staff id). Every
/// change reads the row and writes it back guarded by its ETag, deciding again when someone else wrote in between,
/// so a subject saving their list and HR locking it at the same moment never lose each other's write.
/// </summary>
public sealed class SubjectStore(Tables tables)
{
    public const string Table = "ThreeSixtySubjects";
    private const int BatchSize = 100;

    public async Task<SubjectRow?> GetAsync(string roundId, string subjectId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(roundId, subjectId, cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    /// <summary>Every row of the round, removed ones included, ordered by subject id.</summary>
    public async Task<IReadOnlyList<SubjectRow>> ListAsync(string roundId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var rows = new List<SubjectRow>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == roundId, cancellationToken: cancellationToken))
        {
            rows.Add(FromEntity(entity));
        }

        return [.. rows.OrderBy(r => r.SubjectId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The ids of the round's subjects not removed, ordered: only each row's key and removed flag are read, not the
    /// peer lists (the round's report and mail chunks each need the ids alone).
    /// </summary>
    public async Task<IReadOnlyList<string>> ListActiveIdsAsync(string roundId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var ids = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == roundId, select: ["RowKey", "Removed"], cancellationToken: cancellationToken))
        {
            if (entity.GetBoolean("Removed") != true)
            {
                ids.Add(entity.RowKey);
            }
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>Adds the rows not stored yet; a row already there (a retry, or HR's change) is left as it is.</summary>
    public async Task AddMissingAsync(string roundId, IReadOnlyList<SubjectRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var stored = (await ListAsync(roundId, cancellationToken)).Select(r => r.SubjectId).ToHashSet(StringComparer.Ordinal);
        var missing = rows.Where(r => !stored.Contains(r.SubjectId)).ToList();
        var table = await tables.GetAsync(Table, cancellationToken);
        foreach (var chunk in missing.Chunk(BatchSize))
        {
            try
            {
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(r))),
                    cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                // Someone added one of them in between (a concurrent retry): add the rest one by one.
                foreach (var row in chunk)
                {
                    await AddAsync(row, cancellationToken);
                }
            }
        }
    }

    /// <summary>Adds one row; false when it is already there.</summary>
    public async Task<bool> AddAsync(SubjectRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        var table = await tables.GetAsync(Table, cancellationToken);
        try
        {
            await table.AddEntityAsync(ToEntity(row), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the row, applies <paramref name="change"/> and writes the result if it differs, guarded by the ETag;
    /// null when there is no such row. <paramref name="change"/> may run more than once and must be pure.
    /// </summary>
    public async Task<SubjectRow?> ChangeAsync(
        string roundId, string subjectId, Func<SubjectRow, SubjectRow> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await tables.GetAsync(Table, cancellationToken);
        while (true)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(roundId, subjectId, cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                return null;
            }

            var current = FromEntity(found.Value!);
            var changed = change(current);
            if (changed.Equals(current))
            {
                return current;
            }

            try
            {
                await table.UpdateEntityAsync(ToEntity(changed), found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return changed;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Changed by someone else in between: decide again on what they wrote.
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to every row of the round and writes those it changes, a hundred to a
    /// transaction, each guarded by its ETag; a transaction refused because a row changed in between is redone row by
    /// row on what was written. Returns every row as it stands afterwards, ordered by subject id.
    /// </summary>
    public async Task<IReadOnlyList<SubjectRow>> ChangeAllAsync(
        string roundId, Func<SubjectRow, SubjectRow> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await tables.GetAsync(Table, cancellationToken);
        var result = new SortedDictionary<string, SubjectRow>(StringComparer.Ordinal);
        var writes = new List<(SubjectRow Row, ETag ETag)>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == roundId, cancellationToken: cancellationToken))
        {
            var current = FromEntity(entity);
            var changed = change(current);
            result[current.SubjectId] = changed;
            if (!changed.Equals(current))
            {
                writes.Add((changed, entity.ETag));
            }
        }

        foreach (var chunk in writes.Chunk(BatchSize))
        {
            try
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(w => new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(w.Row), w.ETag)),
                    cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
            {
                foreach (var (row, _) in chunk)
                {
                    if (await ChangeAsync(roundId, row.SubjectId, change, cancellationToken) is { } written)
                    {
                        result[row.SubjectId] = written;
                    }
                }
            }
        }

        return [.. result.Values];
    }

    private static TableEntity ToEntity(SubjectRow r) => new(r.RoundId, r.SubjectId)
    {
        ["Grade"] = r.Grade,
        ["Peers"] = string.Join(',', r.Peers),
        ["Source"] = r.Source.ToString(),
        ["Locked"] = r.Locked,
        ["Removed"] = r.Removed,
        ["AddedByHr"] = r.AddedByHr,
        ["ChangedBy"] = r.ChangedBy,
        ["ChangedAt"] = r.ChangedAt,
    };

    private static SubjectRow FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        e.GetString("Grade") ?? "",
        (e.GetString("Peers") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        Enum.TryParse<PeerSource>(e.GetString("Source"), out var source) ? source : PeerSource.None,
        e.GetBoolean("Locked") ?? false,
        e.GetBoolean("Removed") ?? false,
        e.GetBoolean("AddedByHr") ?? false,
        e.GetString("ChangedBy"),
        e.GetDateTimeOffset("ChangedAt"));
}
