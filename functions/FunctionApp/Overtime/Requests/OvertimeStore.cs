using Azure;
using Azure.Data.Tables;
using Transformation.Overtime.Caps;
using Transformation.Platform.Storage;

namespace Transformation.Overtime.Requests;

/// <summary>
/// Table Overtime: a partition a person, holding their days ("d-yyyy-MM-dd") and their fiscal-year totals ("fy-yyyy").
/// A day and its year's totals change in one entity-group transaction, each guarded by its ETag: a crash cannot leave
/// a decision without its hours counted, a retried step cannot count them twice, and of two concurrent changes one fails
/// (412) and decides again on what the other wrote.
/// </summary>
public sealed class OvertimeStore(Tables tables)
{
    public const string Table = "Overtime";

    public async Task<Stored<OvertimeDay>?> GetDayAsync(string staffId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(staffId, OvertimeRows.DayRow(day), cancellationToken: cancellationToken);
        return found.HasValue ? new Stored<OvertimeDay>(OvertimeRows.DayOf(found.Value!), found.Value!.ETag) : null;
    }

    /// <summary>The year's totals, or null when nothing has been counted in it yet. One point read.</summary>
    public async Task<Stored<OvertimeYear>?> GetYearAsync(string staffId, FiscalYear year, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(staffId, OvertimeRows.YearRow(year), cancellationToken: cancellationToken);
        return found.HasValue ? new Stored<OvertimeYear>(OvertimeRows.YearOf(found.Value!), found.Value!.ETag) : null;
    }

    /// <summary>The two entities a cap check reads: the day's fiscal year and the one before (the average windows reach into it).</summary>
    public async Task<YearsRead> GetYearsAsync(string staffId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var year = FiscalYear.Of(day);
        var current = GetYearAsync(staffId, year, cancellationToken);
        var previous = GetYearAsync(staffId, year.Previous, cancellationToken);
        return new YearsRead(year, await current, await previous);
    }

    /// <summary>A person's days from <paramref name="from"/> to <paramref name="to"/>, both included, oldest first.</summary>
    public async Task<IReadOnlyList<OvertimeDay>> ListDaysAsync(string staffId, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = $"PartitionKey eq {TableKeys.Quote(staffId)} and RowKey ge {TableKeys.Quote(OvertimeRows.DayRow(from))}"
            + $" and RowKey le {TableKeys.Quote(OvertimeRows.DayRow(to))}";
        var days = new List<OvertimeDay>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            days.Add(OvertimeRows.DayOf(entity));
        }

        return days;
    }

    /// <summary>A person's days from <paramref name="from"/> to <paramref name="to"/> with their ETags, for a change of many at once.</summary>
    public async Task<IReadOnlyList<Stored<OvertimeDay>>> ListStoredDaysAsync(string staffId, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = $"PartitionKey eq {TableKeys.Quote(staffId)} and RowKey ge {TableKeys.Quote(OvertimeRows.DayRow(from))}"
            + $" and RowKey le {TableKeys.Quote(OvertimeRows.DayRow(to))}";
        var days = new List<Stored<OvertimeDay>>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            days.Add(new Stored<OvertimeDay>(OvertimeRows.DayOf(entity), entity.ETag));
        }

        return days;
    }

    /// <summary>
    /// Writes days of one person and their years' totals in one transaction: each row replaces the one read (its ETag) or is
    /// added when there was none. False when any row changed since it was read (or was added meanwhile): nothing is written.
    /// </summary>
    public async Task<bool> CommitAsync(IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return true;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var actions = writes.Select(w => w.ETag is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, w.Entity, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, w.Entity)).ToList();
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }
}

/// <summary>One row of a transaction: replace the row read (its ETag), or add a new one (no ETag).</summary>
public sealed record RowWrite(TableEntity Entity, ETag? ETag)
{
    public static RowWrite Of(OvertimeDay day, ETag? etag) => new(OvertimeRows.ToEntity(day), etag);

    public static RowWrite Of(OvertimeYear year, ETag? etag) => new(OvertimeRows.ToEntity(year), etag);
}

/// <summary>A person's totals of a day's fiscal year and of the year before; either may not exist yet.</summary>
public sealed record YearsRead(FiscalYear Year, Stored<OvertimeYear>? Current, Stored<OvertimeYear>? Previous);
