using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Transformation.Platform.Durable;
using Transformation.Platform.Hosting;

namespace Transformation.Platform.Scheduling;

/// <summary>
/// Launches a yearly process's run at most once (the instance id is derived from the year), by HR or by the daily
/// timer, which asks <see cref="IsLaunchDay"/> with <see cref="Today"/> first. Register one per process:
/// <c>services.AddSingleton&lt;TProcess&gt;().AddSingleton&lt;YearlyLaunch&lt;TProcess&gt;&gt;()</c>.
/// </summary>
public sealed partial class YearlyLaunch<TProcess>(TProcess process, TimeProvider time, JapanTime japanTime, ILogger<YearlyLaunch<TProcess>> log)
    where TProcess : IYearlyProcess
{
    /// <summary>Today in Japan: the day the launch rule is about, and the year a run launched now belongs to.</summary>
    public DateOnly Today => japanTime.DateOf(time.GetUtcNow());

    /// <summary>Whether the process launches on this date (in Japan), by its launch day rule and its calendar.</summary>
    public bool IsLaunchDay(DateOnly date) => process.LaunchDay.IsLaunchDay(date, process.Calendar);

    /// <summary>Starts the year's run unless it is already running or done; <paramref name="by"/> is a staff id or "schedule".</summary>
    public async Task<YearlyLaunchOutcome> LaunchAsync(DurableTaskClient client, int year, string by, CancellationToken cancellationToken)
    {
        var runId = process.RunId(year);
        var instanceId = process.InstanceId(runId);
        var started = await StartOnce.StartAsync(client, process.Orchestrator, process.Input(runId, time.GetUtcNow().UtcDateTime, by), instanceId,
            cancellationToken);
        if (started)
        {
            LogLaunched(process.Orchestrator, runId, by);
        }

        return new YearlyLaunchOutcome(runId, instanceId, started);
    }

    [LoggerMessage(LogLevel.Information, "{Orchestrator} {RunId} launched by {By}")]
    private partial void LogLaunched(string orchestrator, string runId, string by);
}
