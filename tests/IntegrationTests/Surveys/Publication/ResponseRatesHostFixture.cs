using Transformation.Tests.Support;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Publication;

/// <summary>
/// A local host with the 2026 cycle open for its whole answer period (14 days, so it stays open): the 30-person
/// roster of <see cref="SurveyCycleHarness"/> invited, and 8 of D1's 14 people have answered.
/// </summary>
public sealed class ResponseRatesHostFixture : IAsyncLifetime
{
    public const string CycleId = "2026";

    private SurveyCycleHarness? _cycle;

    public SurveyCycleHarness Cycle => _cycle ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        _cycle = new SurveyCycleHarness(await LocalHostProcess.StartAsync());
        await _cycle.ImportRosterAsync();
        await _cycle.LaunchAsync(2026);
        foreach (var id in Enumerable.Range(1, 8).Select(i => $"E1{i:00}"))
        {
            await _cycle.AnswerAsync(SurveyCycleHarness.TokenOf(await _cycle.WaitForMailAsync(id, CycleId, "invite")), 4);
        }
    }

    public async Task DisposeAsync()
    {
        if (_cycle is not null)
        {
            await _cycle.Host.DisposeAsync();
        }
    }
}
