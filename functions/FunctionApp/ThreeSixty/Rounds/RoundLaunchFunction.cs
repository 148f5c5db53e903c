using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Scheduling;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>
/// Runs daily (ThreeSixtyLaunchSchedule, in UTC: 00:00 UTC is 09:00 in Japan, the same Japan date) and opens the
/// year's round only when today in Japan is the day the settings describe (ThreeSixty:Round:LaunchMonth /
/// LaunchBusinessDay): "first business day" depends on weekends and holidays, which a cron date cannot know.
/// </summary>
public sealed class RoundLaunchFunction(YearlyLaunch<YearlyRound> launcher)
{
    [Function("ThreeSixtyLaunch")]
    public async Task Run([TimerTrigger("%ThreeSixtyLaunchSchedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var today = launcher.Today;
        if (launcher.IsLaunchDay(today))
        {
            await launcher.LaunchAsync(client, today.Year, "schedule", cancellationToken);
        }
    }
}
