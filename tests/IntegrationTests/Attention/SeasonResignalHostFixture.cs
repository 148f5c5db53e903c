using Transformation.Tests.Support;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.Attention;

/// <summary>
/// A local host of its own with the Team-Up roster: a season's deadlines in seconds, its re-check of the stored season an hour
/// away, and a lost event listed for HR after two seconds, so only HR's re-signal moves a season whose event was lost.
/// </summary>
public sealed class SeasonResignalHostFixture : IAsyncLifetime
{
    private TeamUpSeasonHarness? _harness;

    public TeamUpSeasonHarness Harness => _harness ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        _harness = new TeamUpSeasonHarness(await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            // Room to enter and score on a loaded machine; the shipped reminders (days before) fall before the opening.
            ["TeamUp__EntryPeriod"] = "00:00:40",
            ["TeamUp__JudgingPeriod"] = "00:00:30",
            ["TeamUp__RecheckEvery"] = "01:00:00",
            ["Attention__LostEventAfter"] = "00:00:02",
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
}
