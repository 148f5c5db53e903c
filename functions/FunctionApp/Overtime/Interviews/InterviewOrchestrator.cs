using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Transformation.Platform.Durable;

namespace Transformation.Overtime.Interviews;

/// <summary>
/// One interview flag's life: the person and the health office are told, then reminded every
/// <c>Overtime:InterviewReminderEvery</c> until the health office records the interview held. The record raises
/// <see cref="HeldEvent"/>; every reminder step also reads the stored flag, so a lost event only delays the end by a round.
/// </summary>
public static class InterviewOrchestrator
{
    public const string HeldEvent = "InterviewHeld";

    /// <summary>Keeps the history bounded: about a year and a quarter of reminders at five business days (HR sees the open flags).</summary>
    public const int MaxRounds = 60;

    [Function(nameof(OvertimeInterview))]
    public static async Task<string> OvertimeInterview([OrchestrationTrigger] TaskOrchestrationContext context, InterviewRun run)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(run);
        using var cancel = new CancellationTokenSource();
        try
        {
            var step = await context.CallAsync<InterviewStep>(nameof(InterviewActivities.OvertimeInterviewNotify), run);
            var held = context.WaitForExternalEvent<bool>(HeldEvent, cancel.Token);
            for (var round = 1; round <= MaxRounds && !step.Held; round++)
            {
                if (await HeldBeforeAsync(context, held, step.NextAtUtc))
                {
                    return "held";
                }

                step = await context.CallAsync<InterviewStep>(nameof(InterviewActivities.OvertimeInterviewRemind), new InterviewRound(run, round));
            }

            return step.Held ? "held" : "unrecorded";
        }
        finally
        {
            // Cancel(), not CancelAsync(): the async form resumes outside the orchestrator's replay.
#pragma warning disable CA1849
            cancel.Cancel();
#pragma warning restore CA1849
        }
    }

    /// <summary>True when the event comes before <paramref name="at"/>; false when the timer fires first.</summary>
    private static async Task<bool> HeldBeforeAsync(TaskOrchestrationContext context, Task<bool> held, DateTime at)
    {
        if (held.IsCompleted)
        {
            return true;
        }

        using var timerCancel = new CancellationTokenSource();
        var timer = context.CreateTimer(at, timerCancel.Token);
        if (await Task.WhenAny(held, timer) == timer)
        {
            return false;
        }

#pragma warning disable CA1849
        timerCancel.Cancel();
#pragma warning restore CA1849
        return true;
    }
}
