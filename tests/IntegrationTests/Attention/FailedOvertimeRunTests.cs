using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Transformation.Overtime.Summaries;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.Attention;

/// <summary>
/// An overtime workflow that failed is on HR's attention list with "resume" and the page it concerns. The fault is a month's
/// summary run started for a month that does not exist (as an operator's typo would): its mail step cannot read the month, and
/// the retries give up after two tries.
/// </summary>
public sealed class FailedOvertimeRunTests : IAsyncLifetime
{
    private const string Instance = "overtime-summary-2026-13";

    private LocalHostProcess? _host;

    private LocalHostProcess Host => _host!;

    public async Task InitializeAsync() =>
        _host = await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["ActivityRetry__MaxAttempts"] = "2",
            ["ActivityRetry__FirstInterval"] = "00:00:01",
        });

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_failed_monthly_summary_run_is_listed_for_HR_with_resume_and_its_page()
    {
        var engine = AttentionHttp.Engine(Host);
        await engine.ScheduleNewOrchestrationInstanceAsync(nameof(MonthlySummaryOrchestrator.OvertimeMonthlySummary), "2026-13",
            new StartOrchestrationOptions(Instance));
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await engine.WaitForInstanceCompletionAsync(Instance)).RuntimeStatus);

        var item = await new AttentionHttp(new CareSheetHarness(Host)).WaitForItemAsync(Instance, "workflow-failed");

        Assert.Equal(["resume"], item.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Equal("overtime", item.GetProperty("process").GetString());
        Assert.Equal("/overtime/summary/ministry?month=2026-13", item.GetProperty("page").GetString());
    }
}
