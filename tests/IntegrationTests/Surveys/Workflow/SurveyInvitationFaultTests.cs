using System.Diagnostics;
using System.Net;
using Transformation.Tests.Mail;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Mail;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Workflow;

/// <summary>
/// The cycle's invitations while SendGrid (a local recorder playing it) is down: 503 for two minutes, then 429 with
/// X-RateLimit-Reset, then accepting. Each activity gives up fast and the orchestration's retry policy brings it back.
/// </summary>
public sealed class SurveyInvitationFaultTests : IAsyncLifetime
{
    private readonly ProviderOutage _outage = new(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(6));
    private RecordingHttpServer _sendGrid = null!;
    private SurveyCycleHarness _cycle = null!;

    public async Task InitializeAsync()
    {
        _sendGrid = await RecordingHttpServer.StartAsync();
        _outage.On(_sendGrid);
        _cycle = new SurveyCycleHarness(await LocalHostProcess.StartAsync(FaultSettings.SendGrid(_sendGrid, new Dictionary<string, string>
        {
            ["Surveys__Cycle__AnswerPeriod"] = "00:10:00",
            ["Surveys__ReleaseGraceSeconds"] = "2",
            ["Surveys__Cycle__ReminderOffsets__0"] = "00:00:01",
            ["Surveys__Cycle__ReminderOffsets__1"] = "00:00:01",
        })));
        await _cycle.ImportRosterAsync();
    }

    public async Task DisposeAsync()
    {
        await _cycle.Host.DisposeAsync();
        await _sendGrid.DisposeAsync();
    }

    [Fact]
    public async Task Invitations_through_an_outage_reach_everyone_once_with_a_working_link_and_the_cycle_completes()
    {
        await _cycle.LaunchAsync(2026);

        var invitations = await FaultSettings.WaitForInvitationsAsync(_outage, SurveyCycleHarness.Staff.Count, _cycle.Host);
        Assert.True(_outage.Refused >= 2, "The outage refused nothing: the test did not test it.");
        foreach (var id in SurveyCycleHarness.Staff)
        {
            var mine = Assert.Single(invitations, i => i.Email == SurveyCycleHarness.EmailOf(id));
            using var survey = await _cycle.Host.Http.GetAsync($"/api/survey/{mine.Token}");
            Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
        }

        // As HR would: the cycle shows it is open for answers before it is closed (the last invitation can be
        // delivered while its chunk's activity is still recording it).
        await _cycle.WaitForPhaseAsync("2026", "answering");
        using (var hr = await _cycle.HrAsync())
        {
            using var close = await hr.PostAsync("/api/surveys/cycles/2026/close", null);
            Assert.Equal(HttpStatusCode.Accepted, close.StatusCode);
        }

        await _cycle.WaitForPhaseAsync("2026", "planning");
        Assert.Equal(SurveyCycleHarness.Staff.Count, FaultSettings.Invitations(_outage).Count);
    }
}

/// <summary>The host killed (kill -9) while the invitation fan-out is half done: after a restart every chunk completes once.</summary>
public sealed class SurveyInvitationCrashTests : IAsyncLifetime
{
    private readonly ProviderOutage _provider = new(TimeSpan.Zero, TimeSpan.Zero) { HeldDown = true, AcceptBeforeDown = 1 };
    private RecordingHttpServer _sendGrid = null!;
    private SurveyCycleHarness _cycle = null!;

    public async Task InitializeAsync()
    {
        _sendGrid = await RecordingHttpServer.StartAsync();
        _provider.On(_sendGrid);
        _cycle = new SurveyCycleHarness(await LocalHostProcess.StartAsync(FaultSettings.SendGrid(_sendGrid, new Dictionary<string, string>
        {
            ["Surveys__Cycle__AnswerPeriod"] = "00:10:00",
            ["Surveys__Cycle__ChunkSize"] = "10",
            ["Surveys__ReleaseGraceSeconds"] = "2",
            ["Surveys__Cycle__ReminderOffsets__0"] = "00:00:01",
            ["Surveys__Cycle__ReminderOffsets__1"] = "00:00:01",
        })));
        await _cycle.ImportRosterAsync();
    }

    public async Task DisposeAsync()
    {
        await _cycle.Host.DisposeAsync();
        await _sendGrid.DisposeAsync();
    }

    [Fact]
    public async Task A_host_killed_during_the_invitation_fan_out_invites_everyone_once_after_a_restart()
    {
        await _cycle.LaunchAsync(2026);
        var watch = Stopwatch.StartNew();
        while (FaultSettings.Invitations(_provider).Count == 0 || _provider.Refused == 0)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"The fan-out did not start.{Environment.NewLine}{_cycle.Host.Output}");
            await Task.Delay(200);
        }

        await _cycle.Host.KillAsync();
        var firstChunk = FaultSettings.Invitations(_provider).Count;
        Assert.InRange(firstChunk, 1, 10);
        _provider.HeldDown = false;
        await _cycle.Host.StartAgainAsync();

        var invitations = await FaultSettings.WaitForInvitationsAsync(_provider, SurveyCycleHarness.Staff.Count, _cycle.Host);
        foreach (var id in SurveyCycleHarness.Staff)
        {
            var mine = Assert.Single(invitations, i => i.Email == SurveyCycleHarness.EmailOf(id));
            using var survey = await _cycle.Host.Http.GetAsync($"/api/survey/{mine.Token}");
            Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
        }

        var answering = await _cycle.WaitForPhaseAsync("2026", "answering");
        Assert.Equal(SurveyCycleHarness.Staff.Count, answering.GetProperty("invited").GetInt32());
    }
}
