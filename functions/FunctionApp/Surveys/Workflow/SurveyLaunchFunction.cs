using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Scheduling;

namespace Transformation.Surveys.Workflow;

/// <summary>
/// Runs daily (SurveyLaunchSchedule, in UTC: 00:00 UTC is 09:00 in Japan, the same Japan date) and launches the
/// year's cycle only when today in Japan is the launch day the settings describe (Surveys:Cycle:LaunchMonth /
/// LaunchBusinessDay). A daily timer with a day rule, rather than a cron date, because "first business day"
/// depends on weekends and holidays.
/// </summary>
public sealed class SurveyLaunchFunction(YearlyLaunch<YearlySurveyCycle> launcher)
{
    [Function("SurveyLaunch")]
    public async Task Run([TimerTrigger("%SurveyLaunchSchedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client,
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
