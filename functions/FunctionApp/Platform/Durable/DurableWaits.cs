using Microsoft.DurableTask;

namespace Transformation.Platform.Durable;

/// <summary>Waits an orchestrator shares: an external event or a timer, whichever comes first.</summary>
public static class DurableWaits
{
    /// <summary>
    /// The event's value when it is raised before <paramref name="at"/>; otherwise not arrived (the timer fired). A wait
    /// of its own each time, cancelled when the timer wins, so no abandoned waiter swallows a later event.
    /// </summary>
    public static async Task<(bool Arrived, T? Value)> EventOrTimerAsync<T>(TaskOrchestrationContext context, string name, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var waitCancel = new CancellationTokenSource();
        using var timerCancel = new CancellationTokenSource();
        var signal = context.WaitForExternalEvent<T>(name, waitCancel.Token);
        var timer = context.CreateTimer(at, timerCancel.Token);
        var first = await Task.WhenAny(signal, timer);
        // Cancel(), not CancelAsync(): the async form resumes outside the orchestrator's replay.
#pragma warning disable CA1849
        if (first == timer)
        {
            waitCancel.Cancel();
            return (false, default);
        }

        timerCancel.Cancel();
#pragma warning restore CA1849
        return (true, await signal);
    }
}
