using System.Net;
using Microsoft.DurableTask.Client;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Attention;

/// <summary>
/// A survey cycle that failed (launched before any roster was imported: its first step has no one to invite, and the
/// retries give up after two tries) is listed for HR with "resume"; once the roster is there, resuming runs the same
/// cycle on from its start, and staff are invited once.
/// </summary>
public sealed class FailedCycleResumeTests : IAsyncLifetime
{
    private const string CycleId = "2031";
    private const string Instance = "survey-cycle-" + CycleId;

    private SurveyCycleHarness? _cycle;

    private SurveyCycleHarness Cycle => _cycle!;

    private AttentionHttp Attention => new(new CareSheetHarness(Cycle.Host));

    public async Task InitializeAsync() =>
        _cycle = new SurveyCycleHarness(await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["ActivityRetry__MaxAttempts"] = "2",
            ["ActivityRetry__FirstInterval"] = "00:00:01",
            ["Surveys__Cycle__AnswerPeriod"] = "00:10:00",
        }));

    public async Task DisposeAsync()
    {
        if (_cycle is not null)
        {
            await _cycle.Host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_failed_cycle_is_listed_and_resume_after_the_roster_import_invites_everyone_once()
    {
        await Cycle.LaunchAsync(int.Parse(CycleId, System.Globalization.CultureInfo.InvariantCulture));
        var engine = AttentionHttp.Engine(Cycle.Host);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await engine.WaitForInstanceCompletionAsync(Instance)).RuntimeStatus);
        var item = await Attention.WaitForItemAsync(Instance, "workflow-failed");
        Assert.Equal(["resume"], item.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToArray());
        await Cycle.ImportRosterAsync();

        Assert.Equal(HttpStatusCode.OK, (await Attention.ActAsync("resume", Instance, "resume-cycle")).Status);

        await Cycle.WaitForMailAsync("E101", CycleId, "invite");
        await Cycle.WaitForMailAsync("E302", CycleId, "invite");
        Assert.Single(await Cycle.MailsAsync("E101", CycleId, "invite"));
    }
}
