using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Scheduling;
using Transformation.Platform.Hosting;

namespace Transformation.Surveys.Workflow;

/// <summary>
/// Starts a year's cycle at most once: the instance id is derived from the year, so a second launch (HR twice,
/// or HR and the timer) finds the first. Only a failed or terminated cycle is started again.
/// </summary>
public sealed partial class SurveyCycleLauncher(TimeProvider time, JapanTime japanTime, IOptions<SurveyCycleOptions> options, ILogger<SurveyCycleLauncher> log)
{
    public LaunchDayRule Rule => new(options.Value.LaunchMonth, options.Value.LaunchBusinessDay);

    public BusinessCalendar Calendar { get; } = new(options.Value.ClosedDays);

    /// <summary>Today in Japan.</summary>
    public DateOnly Today => DateOnly.FromDateTime(japanTime.ToLocal(time.GetUtcNow()).DateTime);

    public async Task<LaunchOutcome> LaunchAsync(DurableTaskClient client, int year, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var cycleId = CycleIds.CycleId(year);
        var instanceId = CycleIds.Instance(cycleId);
        if (Live(await client.GetInstanceAsync(instanceId, cancellationToken)))
        {
            return new LaunchOutcome(cycleId, instanceId, false);
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(SurveyCycleOrchestrator.SurveyCycle),
                new CycleRun(cycleId, time.GetUtcNow().UtcDateTime, by), new StartOrchestrationOptions(instanceId), cancellationToken);
        }
#pragma warning disable CA1031 // a concurrent launch may have won; whatever the engine threw, the question is only whether the cycle now exists
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            if (Live(await client.GetInstanceAsync(instanceId, cancellationToken)))
            {
                return new LaunchOutcome(cycleId, instanceId, false);
            }

            throw;
        }

        LogLaunched(cycleId, by);
        return new LaunchOutcome(cycleId, instanceId, true);
    }

    private static bool Live(OrchestrationMetadata? instance) =>
        instance is not null && instance.RuntimeStatus is not (OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated);

    [LoggerMessage(LogLevel.Information, "Survey cycle {CycleId} launched by {By}")]
    private partial void LogLaunched(string cycleId, string by);
}
