using Transformation.Tests.Support;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

/// <summary>
/// A local host of its own with a season's deadlines in seconds, and the Team-Up roster imported. The first reminders
/// fall 75 s after the season opens and 60 s after judging opens: the heads and judges who act at once must be done by
/// then, and a loaded machine once took over the 30 s they had before. D4 enters after its reminder: 60 s are left.
/// </summary>
public sealed class TeamUpHostFixture : IAsyncLifetime
{
    public static readonly TimeSpan EntryRemindBefore = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan JudgingRemindBefore = TimeSpan.FromSeconds(30);

    private TeamUpSeasonHarness? _harness;

    public TeamUpSeasonHarness Harness => _harness ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        // List settings replace the shipped lists item by item: both items are set, the second one later than the deadline (never sent).
        var settings = new Dictionary<string, string>
        {
            ["TeamUp__EntryPeriod"] = "00:02:15",
            ["TeamUp__EntryRemindBefore__0"] = Span(EntryRemindBefore),
            ["TeamUp__EntryRemindBefore__1"] = "00:10:00",
            ["TeamUp__JudgingPeriod"] = "00:01:30",
            ["TeamUp__JudgingRemindBefore__0"] = Span(JudgingRemindBefore),
            ["TeamUp__JudgingRemindBefore__1"] = "00:10:00",
        };
        _harness = new TeamUpSeasonHarness(await LocalHostProcess.StartAsync(settings));
        await _harness.ImportRosterAsync();
    }

    private static string Span(TimeSpan span) => span.ToString("c", System.Globalization.CultureInfo.InvariantCulture);

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.Host.DisposeAsync();
        }
    }
}
