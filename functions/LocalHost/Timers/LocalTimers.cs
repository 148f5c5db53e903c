using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;

namespace Transformation.LocalHost.Timers;

/// <summary>
/// Runs each [TimerTrigger] function on its NCRONTAB schedule, read as UTC by <see cref="Schedule"/> exactly as the
/// Functions host on Linux reads it in Azure, so a schedule fires at the same instant here and there.
/// POST /admin/functions/{name} runs one now, as in Azure.
/// </summary>
public sealed partial class LocalTimers(
    FunctionCatalog catalog,
    IConfiguration configuration,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<LocalTimers> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = catalog.Timers.Select(entry => RunOnScheduleAsync(entry, ScheduleOf(entry), stoppingToken)).ToList();
        return Task.WhenAll(loops);
    }

    /// <summary>Resolved at start-up too, so a missing or malformed schedule stops the host with a clear error.</summary>
    public Schedule ScheduleOf(FunctionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Schedule.Resolve(entry.Schedule!, configuration);
    }

    /// <summary>Checks every schedule before the host starts serving, and records the timers as served.</summary>
    public void ScheduleAll(Transformation.LocalHost.Functions.ServedFunctions served)
    {
        ArgumentNullException.ThrowIfNull(served);
        foreach (var entry in catalog.Timers)
        {
            _ = ScheduleOf(entry);
            served.Add("timer", entry.Name);
        }
    }

    private async Task RunOnScheduleAsync(FunctionEntry entry, Schedule schedule, CancellationToken stoppingToken)
    {
        var first = schedule.Next(clock.GetUtcNow());
        LogScheduled(entry.Name, schedule.Expression, first);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = schedule.Next(now);
            if (next is null)
            {
                return;
            }

            await Task.Delay(next.Value - now, clock, stoppingToken).ConfigureAwait(false);
            await RunAsync(entry, stoppingToken).ConfigureAwait(false);
        }
    }

    public async Task RunAsync(FunctionEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var target = entry.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, entry.Method.DeclaringType!);
            var args = entry.Method.GetParameters().Select(p =>
                p == entry.Trigger ? new TimerInfo() :
                p.ParameterType == typeof(DurableTaskClient) ? scope.ServiceProvider.GetRequiredService<DurableTaskClient>() :
                p.ParameterType == typeof(CancellationToken) ? (object)cancellationToken :
                throw new InvalidOperationException($"Timer '{entry.Name}' has a parameter '{p.Name}' the local host cannot supply.")).ToArray();
            await Invocation.InvokeAsync(entry.Method, target, args).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failing run is logged and the schedule goes on, as in Azure.
            LogFailed(e, entry.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {Function} scheduled by {Schedule} (UTC), next at {Next:u}")]
    private partial void LogScheduled(string function, string schedule, DateTimeOffset? next);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer {Function} failed")]
    private partial void LogFailed(Exception exception, string function);
}
