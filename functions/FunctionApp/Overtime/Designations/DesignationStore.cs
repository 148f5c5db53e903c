using Azure;
using Azure.Data.Tables;
using Transformation.Overtime.Caps;
using Transformation.Platform.Storage;

namespace Transformation.Overtime.Designations;

/// <summary>
/// The designation changes of every division (table OvertimeDesignations, partition = division code, row = the date it takes
/// effect). A ministry has about a thousand divisions and changes them a few times a year, so the whole table is small;
/// a division's changes are one partition.
/// </summary>
public sealed class DesignationStore(Tables tables)
{
    public const string Table = "OvertimeDesignations";

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

    /// <summary>One division's changes: one partition query (the request step reads the designation of the day).</summary>
    public async Task<DesignationTimeline> TimelineAsync(string divisionCode, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var changes = new List<DesignationEntry>();
        var filter = $"PartitionKey eq {TableKeys.Quote(divisionCode)}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            changes.Add(FromEntity(entity));
        }

        return DesignationEntry.Timeline(changes);
    }

    /// <summary>Sets (or replaces) the change of a division on a date.</summary>
    public async Task SetAsync(DesignationEntry change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.UpsertEntityAsync(ToEntity(change), TableUpdateMode.Replace, cancellationToken);
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
        await TableBatches.UpsertAsync(table, changes.Select(ToEntity), cancellationToken);
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
