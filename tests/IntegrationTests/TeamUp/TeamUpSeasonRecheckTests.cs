using Transformation.Tests.Support;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

/// <summary>
/// A season whose event from HR never reached its workflow recovers by itself: each wait for HR (the panel, the award
/// decision) reads the stored season again every TeamUp:RecheckEvery (ten seconds here). HR's change is stored the way the
/// API and pages store it, and the event they raise afterwards is not raised, as when raising it failed; nobody acts after.
/// </summary>
public sealed class TeamUpSeasonRecheckTests : IAsyncLifetime
{
    private TeamUpSeasonHarness? _harness;

    private TeamUpSeasonHarness Harness => _harness!;

    public async Task InitializeAsync()
    {
        _harness = new TeamUpSeasonHarness(await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["TeamUp__EntryPeriod"] = "00:00:40",
            ["TeamUp__JudgingPeriod"] = "00:00:30",
            ["TeamUp__RecheckEvery"] = "00:00:10",
        }));
        await _harness.ImportRosterAsync();
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.Host.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_award_decision_whose_event_was_lost_is_announced_at_the_next_recheck_once()
    {
        const string Season = "2043";
        await Harness.AwaitingConfirmationAsync(2043);
        await SeasonWorkflow.WaitUntilWaitingAsync(Harness.Host, Season, "awaiting-confirmation");

        var (confirmed, _) = await Harness.CommandsWithoutEvents().ConfirmAwardAsync(Season, "HR1", null, "審査結果のとおり決定する。");

        Assert.True(confirmed.IsDone, confirmed.Message?.En);
        await Harness.WaitForMailAsync("H1", $"{Season}】最優秀賞受賞のお知らせ");
        await Harness.WaitForCompletedAsync(Season);
        foreach (var person in TeamUpSeasonHarness.Everyone)
        {
            Assert.Single(await Harness.AwardsAnnouncedToAsync(person, Season));
        }
    }

    [Fact]
    public async Task A_panel_whose_event_was_lost_opens_judging_at_the_next_recheck()
    {
        const string Season = "2044";
        await Harness.AwaitingPanelAsync(2044);
        await SeasonWorkflow.WaitUntilWaitingAsync(Harness.Host, Season, "awaiting-panel");

        Assert.True((await Harness.CommandsWithoutEvents().NamePanelAsync(Season, ["J3"], "HR1")).IsDone);

        await Harness.WaitForPhaseAsync(Season, "judging");
        await Harness.WaitForMailAsync("J3", $"{Season}】審査のお願い");
    }
}
