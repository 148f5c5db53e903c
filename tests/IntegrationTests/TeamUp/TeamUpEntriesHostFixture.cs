using Transformation.Tests.Support;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

/// <summary>A local host of its own with the small Team-Up roster imported; each test opens its own season (its own year).</summary>
public sealed class TeamUpEntriesHostFixture : IAsyncLifetime
{
    private TeamUpEntryHarness? _harness;

    public TeamUpEntryHarness Harness => _harness ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        _harness = new TeamUpEntryHarness(await LocalHostProcess.StartAsync());
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
