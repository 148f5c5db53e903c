using Azure.Data.Tables;
using Azure;
using Transformation.Overtime.Caps;
using Transformation.Platform.Storage;

namespace Transformation.Overtime.Designations;

/// <summary>
/// The designation changes of every division (table OvertimeDesignations, partition = division code, row = the date it takes
/// effect). A ministry has about a thousand divisions and changes them a few times a year, so the whole table is small;
/// the designation on a day reads one partition.
/// </summary>
public sealed class DesignationStore(Tables tables)
{
    public const string Table = "OvertimeDesignations";
    private const int BatchSize = 100;

    public async Task<IReadOnlyList<DesignationEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var changes = new List<DesignationEntry>();
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            changes.Add(FromEntity(entity));
        }

        return changes;
    }

    public async Task<IReadOnlyList<DesignationEntry>> HistoryAsync(string divisionCode, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var changes = new List<DesignationEntry>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == divisionCode, cancellationToken: cancellationToken))
        {
            changes.Add(FromEntity(entity));
        }

        return changes;
    }

    public async Task<Designation> OnAsync(string divisionCode, DateOnly day, CancellationToken cancellationToken = default) =>
        DesignationEntry.Timeline(await HistoryAsync(divisionCode, cancellationToken)).On(day);

    /// <summary>Sets (or replaces) the change of a division on a date; true when it was new.</summary>
    public async Task<bool> SetAsync(DesignationEntry change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await tables.GetAsync(Table, cancellationToken);
        var existed = (await table.GetEntityIfExistsAsync<TableEntity>(change.DivisionCode, Row(change.EffectiveFrom),
            cancellationToken: cancellationToken)).HasValue;
        await table.UpsertEntityAsync(ToEntity(change), TableUpdateMode.Replace, cancellationToken);
        return !existed;
    }

    /// <summary>Removes a division's change on a date; false when there was none.</summary>
    public async Task<bool> RemoveAsync(string divisionCode, DateOnly effectiveFrom, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);

        // The client answers a missing entity with its 404 response rather than an exception.
        using var response = await table.DeleteEntityAsync(divisionCode, Row(effectiveFrom), ETag.All, cancellationToken);
        return response.Status != 404;
    }

    /// <summary>
    /// Writes the changes of an import. Table storage has no transaction across divisions, so each division's rows go in one
    /// transaction and a failure part-way leaves some divisions written: the rows are upserts, so sending the same file again
    /// completes it and changes nothing twice.
    /// </summary>
    public async Task ImportAsync(IReadOnlyList<DesignationEntry> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var table = await tables.GetAsync(Table, cancellationToken);
        foreach (var division in changes.GroupBy(c => c.DivisionCode, StringComparer.Ordinal))
        {
            foreach (var chunk in division.Chunk(BatchSize))
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(c))), cancellationToken);
            }
        }
    }

    private static string Row(DateOnly day) => DesignationNames.Date(day);

    private static TableEntity ToEntity(DesignationEntry change) => new(change.DivisionCode, Row(change.EffectiveFrom))
    {
        ["Kind"] = DesignationNames.Of(change.Designation),
        ["SetBy"] = change.SetBy,
        ["SetAt"] = change.SetAt,
    };

    private static DesignationEntry FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        DesignationNames.ParseDate(entity.RowKey) ?? throw new InvalidOperationException("A designation row's key is not a date."),
        DesignationNames.Parse(entity.GetString("Kind")) ?? Designation.Ordinary,
        entity.GetString("SetBy") ?? "",
        entity.GetDateTimeOffset("SetAt") ?? DateTimeOffset.MinValue);
}
