using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Transformation.Platform.Durable;

/// <summary>
/// The building block of every approval and deadline in the workflows: wait for a person's decision
/// (an external event) or a deadline (a durable timer), whichever comes first. Both are kept by the
/// durable engine, so a wait outlives restarts and deployments.
/// </summary>
public static class WaitForDecisionOrchestrator
{
    [Function(nameof(WaitForDecision))]
    public static async Task<DecisionOutcome> WaitForDecision([OrchestrationTrigger] TaskOrchestrationContext context, DecisionWait input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        using var cancel = new CancellationTokenSource();
        var deadline = context.CreateTimer(input.DeadlineUtc, cancel.Token);
        var decision = context.WaitForExternalEvent<string>(input.EventName, cancel.Token);
        var first = await Task.WhenAny(deadline, decision);
        // Cancel(), not CancelAsync(): the async form resumes on the thread pool, outside the orchestrator's
        // single-threaded replay, and the episode would end without the orchestration's completion.
#pragma warning disable CA1849
        cancel.Cancel();
#pragma warning restore CA1849
        return first == decision
            ? new DecisionOutcome(true, await decision, context.CurrentUtcDateTime)
            : new DecisionOutcome(false, null, context.CurrentUtcDateTime);
    }
}
