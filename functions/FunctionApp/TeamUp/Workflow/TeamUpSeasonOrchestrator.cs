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
    private const int MaxPanelWaits = 10;

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

        var judging = await OpenJudgingAsync(context, run.SeasonId);
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
        await context.WaitForExternalEvent<string>(SeasonEvents.AwardConfirmed);
        var announced = await context.CallAsync<AwardAnnouncement>(nameof(TeamUpSeasonActivities.TeamUpSeasonAnnounce), run.SeasonId);
        mailed += await MailEveryoneAsync(context, plan, StaffMailChunk.Awarded, submitted, announced.WinnerLines);
        context.SetCustomStatus(new SeasonStatus(SeasonPhase.Awarded, null));
        return new SeasonOutcome(run.SeasonId, plan.Divisions, submitted, ranked, announced.Winners, mailed);
    }

    /// <summary>Opens judging now if HR has named the panel; otherwise waits for HR to name it, then opens it.</summary>
    private static async Task<JudgingPlan> OpenJudgingAsync(TaskOrchestrationContext context, string seasonId)
    {
        // Bounded: each turn follows an event that stored a panel, so the second turn finds it.
        for (var turn = 0; turn < MaxPanelWaits; turn++)
        {
            var judging = await context.CallAsync<JudgingPlan?>(nameof(TeamUpSeasonActivities.TeamUpSeasonOpenJudging), seasonId);
            if (judging is not null)
            {
                return judging;
            }

            context.SetCustomStatus(new SeasonStatus(SeasonPhase.AwaitingPanel, null));
            await context.WaitForExternalEvent<int>(SeasonEvents.PanelNamed);
        }

        throw new InvalidOperationException($"Team-Up season {seasonId}: the panel was announced {MaxPanelWaits} times but none is stored.");
    }

    private static async Task<int> MailEveryoneAsync(TaskOrchestrationContext context, SeasonPlan plan, string kind, int submitted, Text? winners)
    {
        var sends = Enumerable.Range(0, plan.Chunks)
            .Select(chunk => context.CallAsync<int>(nameof(TeamUpSeasonActivities.TeamUpSeasonMailStaff), new StaffMailChunk(plan.SeasonId, plan.SnapshotId, chunk, plan.ChunkSize, kind, submitted, winners)))
            .ToList();
        return (await Task.WhenAll(sends)).Sum();
    }
}
