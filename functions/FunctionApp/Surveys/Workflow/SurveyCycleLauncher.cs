using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Durable;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;
using Transformation.Surveys.Cycles;

namespace Transformation.Surveys.Workflow;

/// <summary>Launches a year's cycle at most once (the instance id is derived from the year), by HR or by the timer.</summary>
public sealed partial class SurveyCycleLauncher(TimeProvider time, JapanTime japanTime, IOptions<SurveyCycleOptions> options,
    ILogger<SurveyCycleLauncher> log)
{
    public LaunchDayRule Rule => new(options.Value.LaunchMonth, options.Value.LaunchBusinessDay);

    public BusinessCalendar Calendar { get; } = new(options.Value.ClosedDays);

    /// <summary>Today in Japan.</summary>
    public DateOnly Today => japanTime.DateOf(time.GetUtcNow());

    public async Task<LaunchOutcome> LaunchAsync(DurableTaskClient client, int year, string by, CancellationToken cancellationToken)
    {
        var cycleId = SurveyCycleIds.OfYear(year);
        var instanceId = SurveyCycleIds.Instance(cycleId);
        var started = await StartOnce.StartAsync(client, nameof(SurveyCycleOrchestrator.SurveyCycle),
            new CycleRun(cycleId, time.GetUtcNow().UtcDateTime, by), instanceId, cancellationToken);
        if (started)
        {
            LogLaunched(cycleId, by);
        }

        return new LaunchOutcome(cycleId, instanceId, started);
    }

    [LoggerMessage(LogLevel.Information, "Survey cycle {CycleId} launched by {By}")]
    private partial void LogLaunched(string cycleId, string by);
}
