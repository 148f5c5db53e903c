using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Transformation.Platform.Durable;
using Transformation.Platform.Localization;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Workflow;

/// <summary>
/// One Team-Up season, from the opening to the awards: ask every division head for an entry, remind those without
/// one, publish at the entry deadline, judge (after HR has named the panel) with reminders, rank at the judging
/// deadline, wait for HR's confirmation, announce. Entries, scores, the panel and the confirmation are written over
/// HTTP and read from storage by each step; the orchestration waits only on timers and on HR's two events.
/// </summary>
public static class TeamUpSeasonOrchestrator
{
    /// <summary>Turns of a wait for HR (an event, or the re-check timer): bounded so the history stays small (100 days at 6 h).</summary>
    private const int MaxWaits = 400;

    [Function(nameof(TeamUpSeason))]
    public static async Task<SeasonOutcome> TeamUpSeason([OrchestrationTrigger] TaskOrchestrationContext context, SeasonRun run)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(run);
        var plan = await context.CallAsync<SeasonPlan>(nameof(TeamUpSeasonActivities.TeamUpSeasonOpen), run);
        context.SetCustomStatus(new SeasonStatus(SeasonPhase.Entries, plan.EntryDeadlineUtc));
        for (var round = 0; round < plan.EntryRemindersUtc.Count; round++)
        {
            await context.CreateTimer(plan.EntryRemindersUtc[round], CancellationToken.None);
            await context.CallAsync<int>(nameof(TeamUpSeasonActivities.TeamUpSeasonRemindEntries), new ReminderRound(run.SeasonId, round + 1));
        }

        await context.CreateTimer(plan.EntryDeadlineUtc, CancellationToken.None);
        var submitted = await context.CallAsync<int>(nameof(TeamUpSeasonActivities.TeamUpSeasonPublish), run.SeasonId);
        var mailed = await MailEveryoneAsync(context, plan, StaffMailChunk.Published, submitted, null);

        var judging = await OpenJudgingAsync(context, plan);
        context.SetCustomStatus(new SeasonStatus(SeasonPhase.Judging, judging.JudgingDeadlineUtc));
        for (var round = 0; round < judging.RemindersUtc.Count; round++)
        {
            await context.CreateTimer(judging.RemindersUtc[round], CancellationToken.None);
            await context.CallAsync<int>(nameof(TeamUpSeasonActivities.TeamUpSeasonRemindJudges), new ReminderRound(run.SeasonId, round + 1));
        }

        await context.CreateTimer(judging.JudgingDeadlineUtc, CancellationToken.None);
        var ranked = await context.CallAsync<int>(nameof(TeamUpSeasonActivities.TeamUpSeasonRank), run.SeasonId);

        // HR's approval step: nothing is announced until HR has confirmed (or adjusted) the ranking with a comment.
        context.SetCustomStatus(new SeasonStatus(SeasonPhase.AwaitingConfirmation, null));
        await WaitForAwardAsync(context, plan);
        var announced = await context.CallAsync<AwardAnnouncement>(nameof(TeamUpSeasonActivities.TeamUpSeasonAnnounce), run.SeasonId);
        mailed += await MailEveryoneAsync(context, plan, StaffMailChunk.Awarded, submitted, announced.WinnerLines);
        context.SetCustomStatus(new SeasonStatus(SeasonPhase.Awarded, null));
        return new SeasonOutcome(run.SeasonId, plan.Divisions, submitted, ranked, announced.Winners, mailed);
    }

    /// <summary>Opens judging now if HR has named the panel; otherwise waits for HR to name it, then opens it.</summary>
    private static async Task<JudgingPlan> OpenJudgingAsync(TaskOrchestrationContext context, SeasonPlan plan)
    {
        // Each turn reads the stored panel: after HR's event, or after the re-check timer when the event was lost.
        for (var turn = 0; turn < MaxWaits; turn++)
        {
            var judging = await context.CallAsync<JudgingPlan?>(nameof(TeamUpSeasonActivities.TeamUpSeasonOpenJudging), plan.SeasonId);
            if (judging is not null)
            {
                return judging;
            }

            context.SetCustomStatus(new SeasonStatus(SeasonPhase.AwaitingPanel, null));
            await DurableWaits.EventOrTimerAsync<int>(context, SeasonEvents.PanelNamed, context.CurrentUtcDateTime + plan.RecheckEvery);
        }

        throw new InvalidOperationException($"Team-Up season {plan.SeasonId}: no panel was stored after {MaxWaits} checks.");
    }

    /// <summary>Waits for HR's award decision: the event, or else the stored decision read on each re-check.</summary>
    private static async Task WaitForAwardAsync(TaskOrchestrationContext context, SeasonPlan plan)
    {
        for (var turn = 0; turn < MaxWaits; turn++)
        {
            var recheckAt = context.CurrentUtcDateTime + plan.RecheckEvery;
            if ((await DurableWaits.EventOrTimerAsync<string>(context, SeasonEvents.AwardConfirmed, recheckAt)).Arrived
                || await context.CallAsync<bool>(nameof(TeamUpSeasonActivities.TeamUpSeasonAwardDecided), plan.SeasonId))
            {
                return;
            }
        }

        throw new InvalidOperationException($"Team-Up season {plan.SeasonId}: no award decision was stored after {MaxWaits} checks.");
    }

    private static async Task<int> MailEveryoneAsync(TaskOrchestrationContext context, SeasonPlan plan, string kind, int submitted, Text? winners)
    {
        var sends = Enumerable.Range(0, plan.Chunks)
            .Select(chunk => context.CallAsync<int>(
                nameof(TeamUpSeasonActivities.TeamUpSeasonMailStaff),
                new StaffMailChunk(plan.SeasonId, plan.SnapshotId, chunk, plan.ChunkSize, kind, submitted, winners)))
            .ToList();
        return (await Task.WhenAll(sends)).Sum();
    }
}
