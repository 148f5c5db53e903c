using Transformation.Tests.Support;
using Transformation.Tests.Support.Overtime;

namespace Transformation.Tests.Overtime;

/// <summary>
/// A host whose decisions are due ten minutes after the request (the production rule, the end of regular hours in Japan time,
/// would make each test depend on the hour it runs at) and that asks for the actual a few seconds after approval.
/// </summary>
public sealed class OvertimeRequestHostFixture : IAsyncLifetime
{
    private LocalHostProcess? _host;

    public OvertimeHarness Harness => new(_host ?? throw new InvalidOperationException("The host is not started."));

    public async Task InitializeAsync()
    {
        _host = await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Overtime__DecisionWindow"] = "00:10:00",
            ["Overtime__RecheckEvery"] = "00:00:03",
            ["Overtime__ActualReminderAfter"] = "00:00:03",
        });
        await Harness.ImportRosterAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

/// <summary>A host whose decisions are due seconds after the request: for what happens when nobody decides.</summary>
public sealed class OvertimeLapseHostFixture : IAsyncLifetime
{
    private LocalHostProcess? _host;

    public OvertimeHarness Harness => new(_host ?? throw new InvalidOperationException("The host is not started."));

    public async Task InitializeAsync()
    {
        _host = await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Overtime__DecisionWindow"] = "00:00:15",
            ["Overtime__RecheckEvery"] = "00:00:03",
        });
        await Harness.ImportRosterAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
