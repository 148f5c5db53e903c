using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Transformation.Platform.Durable;

namespace Transformation.Overtime.Decisions;

/// <summary>
/// One overtime request: ask the supervisor (link by mail), wait for the decision until the end of regular hours, tell the
/// employee (and HR for 特例業務), and for approved overtime ask for the actual end time the next business day. Only decides
/// and schedules: every read and write is in <see cref="OvertimeRequestActivities"/>, which read the stored day, so a lost
/// decision event is found at the next re-check and at the deadline.
/// </summary>
public static class OvertimeRequestFlow
{
    /// <summary>A day's re-checks: bounded so the history stays small even with a short re-check in tests.</summary>
    private const int MaxRechecks = 200;

    [Function(nameof(OvertimeRequestFlow))]
    public static async Task<string> Run([OrchestrationTrigger] TaskOrchestrationContext context, RequestRun run)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(run);
        var plan = await context.CallAsync<RequestPlan>(nameof(OvertimeRequestActivities.OvertimeAskApprover), run);
        if (plan.Waiting && !await WaitForDecisionAsync(context, run, plan) && context.CurrentUtcDateTime < plan.DecisionDueUtc)
        {
            await context.CreateTimer(plan.DecisionDueUtc, CancellationToken.None);
        }

        var end = await context.CallAsync<RequestEnd>(nameof(OvertimeRequestActivities.OvertimeConclude), run);
        if (end.AskActualAtUtc is { } askAt)
        {
            await context.CreateTimer(askAt, CancellationToken.None);
            await context.CallAsync<bool>(nameof(OvertimeRequestActivities.OvertimeAskForActual), run);
        }

        return end.State;
    }

    /// <summary>True when a decision arrived or was found stored; false at the deadline (or after the last re-check).</summary>
    private static async Task<bool> WaitForDecisionAsync(TaskOrchestrationContext context, RequestRun run, RequestPlan plan)
    {
        for (var step = 0; step < MaxRechecks; step++)
        {
            var wake = context.CurrentUtcDateTime + plan.RecheckEvery;
            var at = wake < plan.DecisionDueUtc ? wake : plan.DecisionDueUtc;
            var (arrived, _) = await DurableWaits.EventOrTimerAsync<string>(context, OvertimeSignal.DecidedEvent, at);
            if (arrived)
            {
                return true;
            }

            if (at >= plan.DecisionDueUtc)
            {
                return false;
            }

            if (await context.CallAsync<bool>(nameof(OvertimeRequestActivities.OvertimeIsDecided), run))
            {
                return true;
            }
        }

        return false;
    }
}
