using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Transformation.Platform.Durable;
using Transformation.Platform.Scheduling;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Plans;

namespace Transformation.Surveys.Workflow;

/// <summary>
/// The annual survey cycle, phases 1–7: launch (this orchestration's start), invite, answer window with
/// reminders and close, aggregate, publish. Each phase after the launch is a sub-orchestration with a
/// deterministic id ("survey-cycle-2026:answer"), so the history of each stays small and HR's events have a
/// known address. Fan-outs pass chunk numbers, never staff lists or links: each activity reads its chunk of the
/// roster snapshot, and links are created and mailed inside the same activity (tokens never enter the history).
/// </summary>
public static class SurveyCycleOrchestrator
{
    /// <summary>
    /// Bounded, so the history stays small: each step is a reminder round or one of HR's signals. Past this the
    /// window runs to its deadline without listening further (HR extends a few times at most).
    /// </summary>
    private const int MaxSteps = 60;

    /// <summary>Release passes after the close before aggregating regardless (each pass takes everything waiting).</summary>
    private const int MaxReleasePasses = 5;

    [Function(nameof(SurveyCycle))]
    public static async Task<CycleOutcome> SurveyCycle([OrchestrationTrigger] TaskOrchestrationContext context, CycleRun run)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(run);
        context.SetCustomStatus(new CycleStatus(CyclePhases.Inviting, null));
        var plan = await context.CallAsync<CyclePlan>(nameof(SurveyCycleActivities.SurveyCyclePrepare), run);
        context.SetCustomStatus(new CycleStatus(CyclePhases.Inviting, plan.ClosesAtUtc));
        var invited = await context.CallSubOrchestratorAsync<int>(nameof(SurveyInvitePhase), plan, Phase(run, CyclePhases.InviteStep));

        context.SetCustomStatus(new CycleStatus(CyclePhases.Answering, plan.ClosesAtUtc));
        var answer = await context.CallSubOrchestratorAsync<AnswerOutcome>(nameof(SurveyAnswerPhase), plan, Phase(run, CyclePhases.AnswerStep));

        context.SetCustomStatus(new CycleStatus(CyclePhases.Aggregating, answer.ClosesAtUtc));
        var results = await context.CallSubOrchestratorAsync<AggregateSummary>(nameof(SurveyAggregatePhase), plan,
            Phase(run, CyclePhases.AggregateStep));

        context.SetCustomStatus(new CycleStatus(CyclePhases.Publishing, answer.ClosesAtUtc));
        var mailed = await context.CallSubOrchestratorAsync<int>(nameof(SurveyPublishPhase), plan, Phase(run, CyclePhases.PublishStep));

        // Phases 8–10 (feedback sheets to division heads, improvement plans, follow-up) run until mid-term.
        context.SetCustomStatus(new CycleStatus(CyclePhases.FollowingUp, answer.ClosesAtUtc));
        await context.CallSubOrchestratorAsync<string>(
            nameof(SurveyFollowThroughOrchestrator.SurveyFollowThrough),
            new SurveyFollowThroughInput(run.CycleId, plan.SnapshotId),
            new SubOrchestrationOptions { InstanceId = SurveyFollowThroughInput.InstanceId(run.CycleId) });
        context.SetCustomStatus(new CycleStatus(CyclePhases.Published, answer.ClosesAtUtc));
        return new CycleOutcome(run.CycleId, plan.SnapshotId, invited, answer, results, mailed);
    }

    [Function(nameof(SurveyInvitePhase))]
    public static async Task<int> SurveyInvitePhase([OrchestrationTrigger] TaskOrchestrationContext context, CyclePlan plan)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        return await InviteAsync(context, plan);
    }

    private static async Task<int> InviteAsync(TaskOrchestrationContext context, CyclePlan plan)
    {
        return await FanOutAsync(context, plan, nameof(SurveyCycleActivities.SurveyInviteChunk), "invite", plan.ClosesAtUtc);
    }

    /// <summary>
    /// The answer window: sleeps until the next reminder or the deadline, whichever is first, awake for HR's
    /// signals. An extension moves the deadline and the reminders still ahead; an early close ends the window.
    /// </summary>
    [Function(nameof(SurveyAnswerPhase))]
    public static async Task<AnswerOutcome> SurveyAnswerPhase([OrchestrationTrigger] TaskOrchestrationContext context, CyclePlan plan)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        return await AnswerWindowAsync(context, plan);
    }

    private static async Task<AnswerOutcome> AnswerWindowAsync(TaskOrchestrationContext context, CyclePlan plan)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(plan.TimeZone);
        var offsets = plan.ReminderOffsets.Select(Deadline.Parse).ToList();
        var closesAt = Utc(plan.ClosesAtUtc);
        var rounds = 0;
        var reminded = 0;
        DateTimeOffset? lastReminder = null;
        for (var step = 0; step < MaxSteps; step++)
        {
            context.SetCustomStatus(new CycleStatus(CyclePhases.Answering, closesAt.UtcDateTime));
            var now = Utc(context.CurrentUtcDateTime);
            if (now >= closesAt)
            {
                return new AnswerOutcome(false, closesAt.UtcDateTime, rounds, reminded);
            }

            // After a reminder, look past its own instant: a durable timer can fire a little before the instant it was
            // set for (queue visibility is counted in whole seconds), and the same round must not go out twice.
            var reminder = ReminderSchedule.Next(closesAt, offsets, lastReminder > now ? lastReminder.Value : now, zone);
            var wakeAt = reminder ?? closesAt;
            var (arrived, signal) = await DurableWaits.EventOrTimerAsync<CycleSignal>(context, CycleSignal.EventName, wakeAt.UtcDateTime);
            if (!arrived || signal is null)
            {
                if (reminder is null)
                {
                    return new AnswerOutcome(false, closesAt.UtcDateTime, rounds, reminded);
                }

                rounds++;
                lastReminder = reminder;
                reminded += await FanOutAsync(context, plan, nameof(SurveyCycleActivities.SurveyInviteChunk), $"reminder-{rounds}",
                    closesAt.UtcDateTime);
                continue;
            }

            if (signal.Kind == CycleSignalKind.Close)
            {
                return new AnswerOutcome(true, closesAt.UtcDateTime, rounds, reminded);
            }

            if (signal.ClosesAtUtc is { } extended)
            {
                await context.CallAsync<bool>(nameof(SurveyCycleActivities.SurveyCycleExtend), new CycleDeadline(plan.CycleId, extended));
                closesAt = Utc(extended);
            }
        }

        await context.CreateTimer(closesAt.UtcDateTime, CancellationToken.None);
        return new AnswerOutcome(false, closesAt.UtcDateTime, rounds, reminded);
    }

    [Function(nameof(SurveyAggregatePhase))]
    public static async Task<AggregateSummary> SurveyAggregatePhase([OrchestrationTrigger] TaskOrchestrationContext context, CyclePlan plan)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        return await AggregateAsync(context, plan);
    }

    private static async Task<AggregateSummary> AggregateAsync(TaskOrchestrationContext context, CyclePlan plan)
    {
        // Submissions accepted just before the close finish writing within the grace; only then is anything released,
        // and aggregation starts only once nothing of the cycle waits.
        var releaseAt = await context.CallAsync<DateTime>(nameof(SurveyCycleActivities.SurveyCycleClose), plan.CycleId);
        await context.CreateTimer(releaseAt, CancellationToken.None);
        var released = 0;
        for (var pass = 0; ; pass++)
        {
            var progress = await context.CallAsync<ReleaseProgress>(nameof(SurveyCycleActivities.SurveyCycleRelease), plan.CycleId);
            released += progress.Released;
            if (progress.Waiting == 0 || pass >= MaxReleasePasses)
            {
                break;
            }

            await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(10), CancellationToken.None);
        }

        await context.CallAsync<int>(nameof(SurveyCycleActivities.SurveyCycleCloseOut), plan.CycleId);
        var summary = await context.CallAsync<AggregateSummary>(nameof(SurveyCycleActivities.SurveyCycleAggregate), plan);
        return summary with { Released = released };
    }

    [Function(nameof(SurveyPublishPhase))]
    public static async Task<int> SurveyPublishPhase([OrchestrationTrigger] TaskOrchestrationContext context, CyclePlan plan)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        return await PublishAsync(context, plan);
    }

    private static async Task<int> PublishAsync(TaskOrchestrationContext context, CyclePlan plan)
    {
        return await FanOutAsync(context, plan, nameof(SurveyCycleActivities.SurveyResultsMailChunk), "results", plan.ClosesAtUtc);
    }

    private static SubOrchestrationOptions Phase(CycleRun run, string step) => new() { InstanceId = SurveyCycleIds.Phase(run.CycleId, step) };

    private static async Task<int> FanOutAsync(TaskOrchestrationContext context, CyclePlan plan, string activity, string round, DateTime closesAtUtc)
    {
        var sends = Enumerable.Range(0, plan.Chunks)
            .Select(chunk => context.CallAsync<int>(activity, new ChunkRun(plan.CycleId, plan.SnapshotId, chunk, plan.ChunkSize, closesAtUtc, round)))
            .ToList();
        var counts = await Task.WhenAll(sends);
        return counts.Sum();
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
