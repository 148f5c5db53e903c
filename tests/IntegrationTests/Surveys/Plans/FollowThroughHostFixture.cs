using Transformation.Tests.Support;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Plans;

/// <summary>
/// A local host of its own with plan deadlines of seconds, E105 as the coordinator of bureau B1, and the 30-person roster
/// imported. The deadline falls 75 s after the sheets go out, the reminder 45 s after: a loaded machine once took over 15 s
/// from the sheets to H1's first save, so the head who submits at once has that long before the reminder.
/// </summary>
public sealed class FollowThroughHostFixture : IAsyncLifetime
{
    public static readonly TimeSpan RemindBefore = TimeSpan.FromSeconds(30);

    private FollowThroughHarness? _harness;

    public FollowThroughHarness Harness => _harness ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["SurveyPlans__PlanDeadline"] = "00:01:15",
            ["SurveyPlans__RemindBefore"] = RemindBefore.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["SurveyPlans__MidTermAfter"] = "00:00:08",
            ["SurveyPlans__Coordinators__B1__0"] = "E105",
        };
        _harness = new FollowThroughHarness(await LocalHostProcess.StartAsync(settings));
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
