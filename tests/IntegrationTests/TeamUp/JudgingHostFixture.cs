using Transformation.Tests.Support;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

/// <summary>A local host of its own with the judging roster imported; each test makes its own season (its own year).</summary>
public sealed class JudgingHostFixture : IAsyncLifetime
{
    private JudgingHarness? _harness;

    public JudgingHarness Harness => _harness ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        _harness = new JudgingHarness(await LocalHostProcess.StartAsync());
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
