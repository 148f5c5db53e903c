using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.Overtime.SpecialDuties;

/// <summary>Table OvertimeSpecialDuty: partition = the fiscal year ("2026" for April 2026 to March 2027), row = day and person.</summary>
public sealed class SpecialDutyStore(Tables tables)
{
    public const string Table = "OvertimeSpecialDuty";

    public const int MaxAnalysisLength = 4000;

    /// <summary>Adds the record once: a repeat (a retried step) leaves the first, and any analysis already written, as it is.</summary>
    public async Task AddAsync(SpecialDutyRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var table = await tables.GetAsync(Table, cancellationToken);
        try
        {
            await table.AddEntityAsync(ToEntity(record), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already there.
        }
    }

    public async Task<IReadOnlyList<SpecialDutyRecord>> ListAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var records = new List<SpecialDutyRecord>();
        var filter = $"PartitionKey eq {TableKeys.Quote(Year(fiscalYear))}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(FromEntity(entity));
        }

        return records;
    }

    /// <summary>Writes HR's analysis of one record (replacing an earlier one); false when there is no such record.</summary>
    public async Task<bool> RecordAnalysisAsync(int fiscalYear, string key, string analysis, string analysedBy, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Year(fiscalYear), TableKeys.Encode(key), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return false;
        }

        var entity = found.Value!;
        entity["Analysis"] = analysis;
        entity["AnalysedBy"] = analysedBy;
        entity["AnalysedAt"] = at;
        await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        return true;
    }

    private static string Year(int fiscalYear) => fiscalYear.ToString(CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(SpecialDutyRecord r) => new(Year(r.FiscalYear), TableKeys.Encode(r.Key))
    {
        ["StaffId"] = r.StaffId,
        ["Day"] = r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["StaffName"] = r.StaffName,
        ["BureauName"] = r.BureauName,
        ["DivisionName"] = r.DivisionName,
        ["Hours"] = (double)r.Hours,
        ["Reason"] = r.Reason,
        ["ApprovedBy"] = r.ApprovedBy,
        ["ApprovedAt"] = r.ApprovedAt,
        ["AnalysisDue"] = r.AnalysisDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static SpecialDutyRecord FromEntity(TableEntity e) => new(
        int.Parse(e.PartitionKey, CultureInfo.InvariantCulture),
        e.GetString("StaffId") ?? "",
        DateOnly.ParseExact(e.GetString("Day") ?? "2019-04-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.GetString("StaffName") ?? "",
        e.GetString("BureauName") ?? "",
        e.GetString("DivisionName") ?? "",
        (decimal)(e.GetDouble("Hours") ?? 0),
        e.GetString("Reason") ?? "",
        e.GetString("ApprovedBy") ?? "",
        e.GetDateTimeOffset("ApprovedAt") ?? DateTimeOffset.MinValue,
        DateOnly.ParseExact(e.GetString("AnalysisDue") ?? "2019-04-01", "yyyy-MM-dd", CultureInfo.InvariantCulture))
    {
        Analysis = e.GetString("Analysis"),
        AnalysedBy = e.GetString("AnalysedBy"),
        AnalysedAt = e.GetDateTimeOffset("AnalysedAt"),
    };
}
