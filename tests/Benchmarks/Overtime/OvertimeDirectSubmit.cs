using Azure.Data.Tables;
using Azure.Storage.Queues;
using Transformation.Benchmarks.Surveys;
using Transformation.CareSheets.Sheets;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Decisions;
using Transformation.Overtime.Designations;
using Transformation.Overtime.Requests;
using Transformation.Platform.Storage;

namespace Transformation.Benchmarks.Overtime;

/// <summary>
/// The storage requests of submitting a request through the route, sent straight to the tables and a queue: the submit step's
/// six (designations, care sheets, today's day, the approver's inbox, the ledger's year read and transaction), the assessment's
/// two year reads, and what starting the request's workflow costs the durable engine (Azure Storage provider): two reads of
/// the instance's row, the start message on a control queue and the instance's row written.
/// </summary>
public sealed class OvertimeDirectSubmit(Tables tables, RosterIndex roster, DateOnly today, string hub)
{
    private TableClient _instances = null!;
    private QueueClient _control = null!;

    public async Task PrepareAsync()
    {
        foreach (var table in new[] { OvertimeStore.Table, ApproverInbox.Table, DesignationStore.Table, CareSheetStore.Table })
        {
            await tables.GetAsync(table);
        }

        _instances = new TableServiceClient(BenchmarkStorage.ConnectionString).GetTableClient(hub + "Instances");
        await _instances.CreateIfNotExistsAsync();
        _control = new QueueServiceClient(BenchmarkStorage.ConnectionString).GetQueueClient(hub.ToLowerInvariant() + "-control-00");
        await _control.CreateIfNotExistsAsync();
    }

    /// <summary>The submit step's storage requests, for a person with no care sheet and no request today.</summary>
    public async Task<OvertimeDay> SubmitAsync(string staffId)
    {
        var person = roster.Person(staffId)!;
        var designations = await tables.GetAsync(DesignationStore.Table);
        await foreach (var _ in designations.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(person.DivisionCode)}"))
        {
        }

        var sheets = await tables.GetAsync(CareSheetStore.Table);
        var filter = $"RowKey eq 'head' and OwnerId eq {TableKeys.Quote(staffId)} and State eq 'Approved'";
        await foreach (var _ in sheets.QueryAsync<TableEntity>(filter))
        {
        }

        var overtime = await tables.GetAsync(OvertimeStore.Table);
        await overtime.GetEntityIfExistsAsync<TableEntity>(staffId, OvertimeRows.DayRow(today));
        var inbox = await tables.GetAsync(ApproverInbox.Table);
        await inbox.UpsertEntityAsync(new TableEntity(person.SupervisorId!, OvertimeRows.DayRow(today) + "_" + staffId)
        {
            ["StaffId"] = staffId, ["Day"] = OvertimeRows.DayRow(today),
        }, TableUpdateMode.Replace);
        await overtime.GetEntityIfExistsAsync<TableEntity>(staffId, OvertimeRows.YearRow(FiscalYear.Of(today)));
        var day = new OvertimeDay(staffId, today, 1, OvertimeState.Pending, "資料の作成", new TimeOnly(19, 15), 120, person.SupervisorId!,
            Designation.Ordinary, [], DateTimeOffset.UtcNow, 0);
        await overtime.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, OvertimeRows.ToEntity(day))]);
        return day;
    }

    /// <summary>The workflow start's storage requests, shaped as the durable engine sends them.</summary>
    public async Task StartAsync(OvertimeDay day)
    {
        var id = OvertimeSignal.InstanceId(day.StaffId, day.Day, day.Version);
        await _instances.GetEntityIfExistsAsync<TableEntity>(id, "");
        await _instances.GetEntityIfExistsAsync<TableEntity>(id, "");
        var input = $"{{\"StaffId\":\"{day.StaffId}\",\"Day\":\"{OvertimeRows.DayRow(day.Day)}\",\"Version\":{day.Version}}}";
        await _control.SendMessageAsync(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            $"{{\"TaskMessage\":{{\"Event\":{{\"EventType\":0,\"Name\":\"{nameof(OvertimeRequestFlow)}\",\"Input\":{input}}},"
            + $"\"OrchestrationInstance\":{{\"InstanceId\":\"{id}\",\"ExecutionId\":\"{Guid.NewGuid():N}\"}}}}}}")));
        await _instances.UpsertEntityAsync(new TableEntity(id, "")
        {
            ["Name"] = nameof(OvertimeRequestFlow), ["Input"] = input, ["RuntimeStatus"] = "Pending",
            ["ExecutionId"] = Guid.NewGuid().ToString("N"), ["CreatedTime"] = DateTimeOffset.UtcNow,
            ["LastUpdatedTime"] = DateTimeOffset.UtcNow, ["Version"] = "",
        }, TableUpdateMode.Merge);
    }

    /// <summary>The assessment's reads: this year's and last year's totals, in parallel (as the cap check sends them).</summary>
    public async Task AssessAsync(string staffId)
    {
        var overtime = await tables.GetAsync(OvertimeStore.Table);
        var year = FiscalYear.Of(today);
        await Task.WhenAll(overtime.GetEntityIfExistsAsync<TableEntity>(staffId, OvertimeRows.YearRow(year)),
            overtime.GetEntityIfExistsAsync<TableEntity>(staffId, OvertimeRows.YearRow(year.Previous)));
    }
}
