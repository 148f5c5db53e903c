using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.Overtime.Requests;

/// <summary>
/// Table OvertimeApproverInbox: partition = approver, row = day and requester. An index, so a supervisor's waiting requests are one
/// partition query and never a scan of everyone's days. It is written before the day and removed after the decision, so an
/// entry may point at a day already decided (the page reads each day and shows only pending ones), never the reverse.
/// </summary>
public sealed class ApproverInbox(Tables tables)
{
    public const string Table = "OvertimeApproverInbox";

    public async Task AddAsync(string approverId, string staffId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TableEntity(approverId, Row(staffId, day)) { ["StaffId"] = staffId, ["Day"] = OvertimeRows.DayRow(day) };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task RemoveAsync(string approverId, string staffId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        using var response = await table.DeleteEntityAsync(approverId, Row(staffId, day), ETag.All, cancellationToken);
    }

    /// <summary>The requester and day of each entry, oldest day first.</summary>
    public async Task<IReadOnlyList<(string StaffId, DateOnly Day)>> ListAsync(string approverId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entries = new List<(string, DateOnly)>();
        var filter = $"PartitionKey eq {TableKeys.Quote(approverId)}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var day = DateOnly.ParseExact(entity.GetString("Day")![OvertimeRows.DayPrefix.Length..], "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture);
            entries.Add((entity.GetString("StaffId")!, day));
        }

        return entries;
    }

    private static string Row(string staffId, DateOnly day) =>
        OvertimeRows.DayRow(day) + "_" + TableKeys.Encode(staffId);
}
