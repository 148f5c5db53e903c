using System.Collections.Concurrent;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Benchmarks.Surveys;
using Transformation.CareSheets.Sheets;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Designations;
using Transformation.Overtime.Requests;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;

namespace Transformation.Benchmarks.Overtime;

/// <summary>
/// Submitting today's request for <see cref="Submissions"/> people, 16 at a time. Service is the submit step as a route runs it
/// (<see cref="OvertimeRequests.SubmitAsync"/>: roster, designation, care sheets, day, approver's inbox, ledger, month totals);
/// Direct sends the same storage operations straight to the tables. Target: Service at least 75 % of Direct's speed.
/// </summary>
[Config(typeof(OvertimeJob))]
public class OvertimeSubmitBenchmarks
{
    private ServiceProvider _services = null!;
    private OvertimeRequests _requests = null!;
    private Tables _tables = null!;
    private RosterIndex _roster = null!;
    private ConcurrentQueue<string> _staff = null!;
    private DateOnly _today;

    /// <summary>1,000 a run, or a tenth of OVERTIME_BENCHMARK_STAFF for a smaller run.</summary>
    [ParamsSource(nameof(SubmissionCounts))]
    public int Submissions { get; set; }

    public static IEnumerable<int> SubmissionCounts() => [Math.Min(1000, OvertimeRun.Scale(100_000) / 10)];

    /// <summary>Enough people for every run of both methods (eight runs), with the heads.</summary>
    public int RosterSize => Submissions * 9 + 1001;

    [GlobalSetup]
    public void Setup()
    {
        _services = OvertimeServices.Build(Azurite.UniquePrefix());
        OvertimeServices.ImportRosterAsync(_services, RosterSize).GetAwaiter().GetResult();
        _requests = _services.GetRequiredService<OvertimeRequests>();
        _tables = _services.GetRequiredService<Tables>();
        _roster = _services.GetRequiredService<RosterDirectory>().GetIndexAsync().GetAwaiter().GetResult();
        _today = _services.GetRequiredService<OvertimeClock>().Today;
        _staff = new ConcurrentQueue<string>(_roster.Staff.Where(s => s.StaffId.StartsWith('S')).Select(s => s.StaffId));
        foreach (var table in new[] { OvertimeStore.Table, ApproverInbox.Table, DesignationStore.Table, CareSheetStore.Table })
        {
            _tables.GetAsync(table).GetAwaiter().GetResult();
        }
    }

    [Benchmark(Baseline = true)]
    public int Direct() => RunAsync("Direct", DirectAsync).GetAwaiter().GetResult();

    [Benchmark]
    public int Service() => RunAsync("Service", async id =>
        (await _requests.SubmitAsync(id, new RequestInput("資料の作成", "19:15", 2m))).Ok).GetAwaiter().GetResult();

    private async Task<int> RunAsync(string how, Func<string, Task<bool>> submit)
    {
        var elapsed = await OvertimeRun.RunAsync(_staff, Submissions, 16, submit);
        OvertimeRun.Report($"{how}: {OvertimeRun.Rate(Submissions, elapsed)}");
        return Submissions;
    }

    /// <summary>What <see cref="OvertimeRequests.SubmitAsync"/> sends to storage for a person with no care sheet, sent directly.</summary>
    private async Task<bool> DirectAsync(string staffId)
    {
        var person = _roster.Person(staffId)!;
        var designations = await _tables.GetAsync(DesignationStore.Table);
        await foreach (var _ in designations.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(person.DivisionCode)}"))
        {
        }

        var sheets = await _tables.GetAsync(CareSheetStore.Table);
        var filter = $"RowKey eq 'head' and OwnerId eq {TableKeys.Quote(staffId)} and State eq 'Approved'";
        await foreach (var _ in sheets.QueryAsync<TableEntity>(filter))
        {
        }

        var overtime = await _tables.GetAsync(OvertimeStore.Table);
        await overtime.GetEntityIfExistsAsync<TableEntity>(staffId, OvertimeRows.DayRow(_today));
        var inbox = await _tables.GetAsync(ApproverInbox.Table);
        await inbox.UpsertEntityAsync(new TableEntity(person.SupervisorId!, OvertimeRows.DayRow(_today) + "_" + staffId)
        {
            ["StaffId"] = staffId, ["Day"] = OvertimeRows.DayRow(_today),
        }, TableUpdateMode.Replace);
        await overtime.GetEntityIfExistsAsync<TableEntity>(staffId, OvertimeRows.YearRow(FiscalYear.Of(_today)));
        var day = new OvertimeDay(staffId, _today, 1, OvertimeState.Pending, "資料の作成", new TimeOnly(19, 15), 120, person.SupervisorId!,
            Designation.Ordinary, [], DateTimeOffset.UtcNow, 0);
        await overtime.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, OvertimeRows.ToEntity(day))]);
        return true;
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();
}
