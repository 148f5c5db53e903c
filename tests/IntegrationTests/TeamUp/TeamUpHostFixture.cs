using Transformation.Tests.Support;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

/// <summary>A local host of its own with a season's deadlines in seconds, and the Team-Up roster imported.</summary>
public sealed class TeamUpHostFixture : IAsyncLifetime
{
    private TeamUpSeasonHarness? _harness;

    public TeamUpSeasonHarness Harness => _harness ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        // List settings replace the shipped lists item by item: both items are set, the second one later than the deadline (never sent).
        var settings = new Dictionary<string, string>
        {
            ["TeamUp__EntryPeriod"] = "00:01:00",
            ["TeamUp__EntryRemindBefore__0"] = "00:00:30",
            ["TeamUp__EntryRemindBefore__1"] = "00:10:00",
            ["TeamUp__JudgingPeriod"] = "00:00:30",
            ["TeamUp__JudgingRemindBefore__0"] = "00:00:12",
            ["TeamUp__JudgingRemindBefore__1"] = "00:10:00",
        };
        _harness = new TeamUpSeasonHarness(await LocalHostProcess.StartAsync(settings));
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
