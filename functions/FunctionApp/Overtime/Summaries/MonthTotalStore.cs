using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.Overtime.Summaries;

/// <summary>
/// Table OvertimeMonthTotals: partition = month ("yyyy-MM"), row = staff id. A projection of the year totals in table
/// Overtime, so a month's summary is one partition query instead of a scan of every person's days.
/// </summary>
public sealed class MonthTotalStore(Tables tables)
{
    public const string Table = "OvertimeMonthTotals";

    private const int MaxWriteAttempts = 5;

    /// <summary>Every row of a month: one partition query.</summary>
    public async Task<IReadOnlyList<MonthTotal>> ReadMonthAsync(DateOnly month, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var rows = new List<MonthTotal>();
        var filter = $"PartitionKey eq {TableKeys.Quote(MonthTotalRows.Partition(month))}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(MonthTotalRows.Of(entity));
        }

        return rows;
    }

    /// <summary>
    /// A division's rows of a month: one query of the month's partition, filtered by the service, so only the division's rows
    /// travel (the partition is still read through on the service's side).
    /// </summary>
    public async Task<IReadOnlyList<MonthTotal>> ReadDivisionAsync(DateOnly month, string divisionCode,
        CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var rows = new List<MonthTotal>();
        var filter = $"PartitionKey eq {TableKeys.Quote(MonthTotalRows.Partition(month))} and Division eq {TableKeys.Quote(divisionCode)}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(MonthTotalRows.Of(entity));
        }

        return rows;
    }

    /// <summary>The rows of a month whose staff ids are from <paramref name="first"/> to <paramref name="last"/>: one range query.</summary>
    public async Task<IReadOnlyDictionary<string, MonthTotal>> ReadRangeAsync(DateOnly month, string first, string last,
        CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var rows = new Dictionary<string, MonthTotal>(StringComparer.Ordinal);
        var filter = $"PartitionKey eq {TableKeys.Quote(MonthTotalRows.Partition(month))}"
            + $" and RowKey ge {TableKeys.Quote(first)} and RowKey le {TableKeys.Quote(last)}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows[entity.RowKey] = MonthTotalRows.Of(entity);
        }

        return rows;
    }

    /// <summary>
    /// Writes the copy unless the stored one was taken from the same or a later version of the year totals (its
    /// <see cref="MonthTotal.SourceStamp"/>); the write is guarded by the ETag of what was read, so of two copies racing,
    /// the older cannot land after the newer. True when written.
    /// </summary>
    public async Task<bool> WriteAsync(MonthTotal total, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(total);
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = MonthTotalRows.ToEntity(total);
        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey,
                ["SourceStamp"], cancellationToken);
            if (found.HasValue && found.Value!.GetDateTimeOffset("SourceStamp") >= total.SourceStamp)
            {
                return false;
            }

            try
            {
                if (found.HasValue)
                {
                    await table.UpdateEntityAsync(entity, found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(entity, cancellationToken);
                }

                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another copy landed in between: read again and compare with it.
            }
        }

        return false;
    }
}
