using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Scheduling;

namespace Transformation.TeamUp.Workflow;

/// <summary>
/// Runs daily (TeamUpOpenSchedule, in UTC: 00:00 UTC is 09:00 in Japan, the same Japan date) and opens the year's
/// season only when today in Japan is the day the settings describe (TeamUp:OpenMonth / OpenBusinessDay):
/// a daily timer with a day rule, because "first business day" depends on holidays.
/// </summary>
public sealed class TeamUpOpenFunction(YearlyLaunch<YearlyTeamUpSeason> launcher)
{
    [Function("TeamUpOpen")]
    public async Task Run(
        [TimerTrigger("%TeamUpOpenSchedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var today = launcher.Today;
        if (launcher.IsLaunchDay(today))
        {
            await launcher.LaunchAsync(client, today.Year, "schedule", cancellationToken);
        }
    }
}
