using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Transformation.CareSheets.Reviews;
using Transformation.Platform.Durable;

namespace Transformation.CareSheets.Approval;

/// <summary>
/// The life of one version of a sheet: the approval (request, reminder, escalation, decision) and, once
/// approved, its active period (review requests when a child reaches a milestone age and before it ends, then the end). Decisions and withdrawals
/// arrive as external events; deadlines are durable timers at instants computed in Japan time.
/// The review uses a durable timer in this same orchestration rather than a daily timer trigger: the
/// sheet's whole life is in one place, a withdrawal cancels it with the same event, and nothing has to
/// scan every sheet each day.
/// </summary>
public static class CareSheetOrchestrator
{
    private const int MaxStraySignals = 10;

    /// <summary>Re-checks in one wait: keeps the history bounded (a month of 4-hour re-checks between two deadlines).</summary>
    private const int MaxRechecks = 200;

    /// <summary>Reminder rounds after escalation (about a year at two business days); HR was told at the first.</summary>
    private const int MaxEscalatedRounds = 120;

    /// <summary>More than any sheet can have (a few children, a few ages, a period of at most three years): keeps the loops bounded.</summary>
    private const int MaxMilestones = 64;

    [Function(nameof(CareSheetApproval))]
    public static async Task<string> CareSheetApproval([OrchestrationTrigger] TaskOrchestrationContext context, ApprovalRun run)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(run);
        using var cancel = new CancellationTokenSource();
        try
        {
            var plan = await context.CallAsync<ApprovalPlan>(nameof(CareSheetActivities.CareSheetOpenApproval), run);
            if (!plan.Open && !plan.Decided)
            {
                return "closed";
            }

            // HR's attention list reads this: a version whose sheet is settled but whose workflow still says so lost its event.
            context.SetCustomStatus(ApprovalStage.AwaitingDecision);
            var signal = context.WaitForExternalEvent<SheetSignal>(SheetSignal.EventName, cancel.Token);
            var received = plan.Decided ? new SheetSignal(SignalKind.Decided)
                : await DecisionOrTimerAsync(context, run, plan, signal, plan.ReminderAtUtc)
                ?? await context.CallAsync<SheetSignal?>(nameof(CareSheetActivities.CareSheetRemind), run)
                ?? await DecisionOrTimerAsync(context, run, plan, signal, plan.EscalateAtUtc)
                ?? await context.CallAsync<SheetSignal?>(nameof(CareSheetActivities.CareSheetEscalate), run)
                ?? await AfterEscalationAsync(context, run, plan, signal);
            if (!signal.IsCompleted)
            {
                // Found on the stored sheet, not signalled: retire this waiter so a later withdrawal reaches the waits below.
#pragma warning disable CA1849
                cancel.Cancel();
#pragma warning restore CA1849
            }

            context.SetCustomStatus(ApprovalStage.Settled);
            if (received is null)
            {
                return "unresolved";
            }

            switch (received.Kind)
            {
                case SignalKind.Withdrawn:
                    await context.CallAsync<bool>(nameof(CareSheetActivities.CareSheetWithdrawn), run);
                    return "withdrawn";
                case SignalKind.Superseded:
                    return "superseded";
            }

            var active = await context.CallAsync<ActivePeriod?>(nameof(CareSheetActivities.CareSheetConclude), run);
            if (active is null)
            {
                return "concluded";
            }

            // The timeline, in order: milestones before the review, the review, milestones after it, the end.
            var milestones = active.Milestones;
            var next = 0;
            for (var step = 0; step < MaxMilestones && next < milestones.Count && milestones[next].AtUtc < active.ReviewAtUtc; step++, next++)
            {
                if (await MilestoneWithdrawnAsync(context, run, milestones[next]))
                {
                    return "withdrawn";
                }
            }

            if (await WithdrawnBeforeAsync(context, run, active.ReviewAtUtc))
            {
                return "withdrawn";
            }

            await context.CallAsync<bool>(nameof(CareSheetReviewActivities.CareSheetAskForReview), run);
            for (var step = 0; step < MaxMilestones && next < milestones.Count && milestones[next].AtUtc < active.EndAtUtc; step++, next++)
            {
                if (await MilestoneWithdrawnAsync(context, run, milestones[next]))
                {
                    return "withdrawn";
                }
            }

            if (await WithdrawnBeforeAsync(context, run, active.EndAtUtc))
            {
                return "withdrawn";
            }

            await context.CallAsync<bool>(nameof(CareSheetReviewActivities.CareSheetEnd), run);
            return "ended";
        }
        finally
        {
            // Cancel(), not CancelAsync(): the async form resumes outside the orchestrator's single-threaded
            // replay, and the episode would end without the orchestration's completion.
#pragma warning disable CA1849
            cancel.Cancel();
#pragma warning restore CA1849
        }
    }

    /// <summary>
    /// The signal if it comes before <paramref name="at"/>, else null. Wakes every <see cref="ApprovalPlan.RecheckEvery"/> to read
    /// the stored sheet, so a decision recorded but never signalled (the event could not be raised) is acted on anyway.
    /// </summary>
    private static async Task<SheetSignal?> DecisionOrTimerAsync(
        TaskOrchestrationContext context, ApprovalRun run, ApprovalPlan plan, Task<SheetSignal> signal, DateTime at)
    {
        for (var step = 0; step < MaxRechecks; step++)
        {
            var recheck = context.CurrentUtcDateTime + plan.RecheckEvery;
            var wake = recheck < at ? recheck : at;
            if (await SignalOrTimerAsync(context, signal, wake) is { } received)
            {
                return received;
            }

            if (wake >= at)
            {
                return null;
            }

            if (await context.CallAsync<SheetSignal?>(nameof(CareSheetActivities.CareSheetCheck), run) is { } found)
            {
                return found;
            }
        }

        return await SignalOrTimerAsync(context, signal, at);
    }

    /// <summary>
    /// After escalation the sheet is still undecided: remind every approver each <c>CareSheets:RemindEscalatedEvery</c> (HR told at
    /// the first round), reading the stored sheet in between. Null when nobody decided in all the rounds (HR has long been told).
    /// </summary>
    private static async Task<SheetSignal?> AfterEscalationAsync(
        TaskOrchestrationContext context, ApprovalRun run, ApprovalPlan plan, Task<SheetSignal> signal)
    {
        var step = await context.CallAsync<EscalatedStep>(nameof(CareSheetActivities.CareSheetRemindEscalated), new EscalatedRound(run, 0));
        for (var round = 1; round <= MaxEscalatedRounds && step.Settled is null; round++)
        {
            if (await DecisionOrTimerAsync(context, run, plan, signal, step.NextAtUtc) is { } received)
            {
                return received;
            }

            step = await context.CallAsync<EscalatedStep>(nameof(CareSheetActivities.CareSheetRemindEscalated), new EscalatedRound(run, round));
        }

        return step.Settled;
    }

    /// <summary>Waits for the milestone (true when the sheet is withdrawn first), then asks for the review.</summary>
    private static async Task<bool> MilestoneWithdrawnAsync(TaskOrchestrationContext context, ApprovalRun run, MilestoneReview milestone)
    {
        if (await WithdrawnBeforeAsync(context, run, milestone.AtUtc))
        {
            return true;
        }

        await context.CallAsync<bool>(nameof(CareSheetReviewActivities.CareSheetAskForMilestoneReview), new MilestoneReviewRun(run, milestone));
        return false;
    }

    /// <summary>The signal if it comes before <paramref name="at"/>, else null (the timer fired).</summary>
    private static async Task<SheetSignal?> SignalOrTimerAsync(TaskOrchestrationContext context, Task<SheetSignal> signal, DateTime at)
    {
        if (signal.IsCompleted)
        {
            return await signal;
        }

        using var timerCancel = new CancellationTokenSource();
        var timer = context.CreateTimer(at, timerCancel.Token);
        var first = await Task.WhenAny(signal, timer);
        if (first == timer)
        {
            return null;
        }

#pragma warning disable CA1849
        timerCancel.Cancel();
#pragma warning restore CA1849
        return await signal;
    }

    /// <summary>
    /// Waits until <paramref name="at"/> for a withdrawal. Other signals (a late duplicate of the decision
    /// that was already acted on) are taken off the queue and ignored.
    /// </summary>
    private static async Task<bool> WithdrawnBeforeAsync(TaskOrchestrationContext context, ApprovalRun run, DateTime at)
    {
        // Bounded: only a handful of stray signals can exist (one per decision path), so the history stays small.
        for (var stray = 0; stray < MaxStraySignals; stray++)
        {
            // A wait of its own, cancelled when the timer wins, so no abandoned waiter swallows a later event.
            using var waitCancel = new CancellationTokenSource();
            var signal = context.WaitForExternalEvent<SheetSignal>(SheetSignal.EventName, waitCancel.Token);
            var received = await SignalOrTimerAsync(context, signal, at);
            if (received is null)
            {
#pragma warning disable CA1849
                waitCancel.Cancel();
#pragma warning restore CA1849
                return false;
            }

            if (received.Kind == SignalKind.Withdrawn)
            {
                await context.CallAsync<bool>(nameof(CareSheetActivities.CareSheetWithdrawn), run);
                return true;
            }
        }

        await context.CreateTimer(at, CancellationToken.None);
        return false;
    }
}
