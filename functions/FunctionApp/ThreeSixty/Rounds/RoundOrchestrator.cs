using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Transformation.Platform.Durable;
using Transformation.Platform.Scheduling;
using Transformation.ThreeSixty.Reports;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>
/// The yearly 360 round: open (subjects chosen on a roster snapshot, asked to nominate peers), nomination until its
/// deadline or HR's start, rating with reminders until the deadline (HR extends or closes), release of the sealed
/// answers after a grace, reports built per chunk of subjects, the grade-band norms, and each subject mailed.
/// Only counts, ids, deadlines and the norms' per-band sums pass through here: people, links and answers stay inside
/// the activities.
/// </summary>
public static class RoundOrchestrator
{
    /// <summary>Bounded, so the history stays small: each step is a reminder run or one of HR's signals.</summary>
    private const int MaxSteps = 60;

    private const int MaxReleasePasses = 5;

    [Function(nameof(ThreeSixtyRound))]
    public static async Task<RoundOutcome> ThreeSixtyRound([OrchestrationTrigger] TaskOrchestrationContext context, RoundRun run)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(run);
        context.SetCustomStatus(new RoundStatus(RoundPhases.Opening, null));
        var plan = await context.CallAsync<RoundPlan>(nameof(RoundActivities.ThreeSixtyRoundStart), run);
        context.SetCustomStatus(new RoundStatus(RoundPhases.Nominating, plan.NominationDeadlineUtc));
        await context.CallAsync<int>(nameof(RoundActivities.ThreeSixtyNominationMail), run.RoundId);
        await NominationAsync(context, plan);

        var rating = await context.CallAsync<RatingPlan>(nameof(RoundActivities.ThreeSixtyRatingOpen), run.RoundId);
        var invited = await FanOutAsync(context, nameof(RoundActivities.ThreeSixtyInvitePartition), run.RoundId, rating.Partitions, "invite");
        var reminded = await RatingWindowAsync(context, plan, rating);

        context.SetCustomStatus(new RoundStatus(RoundPhases.Closing, null));
        var released = await ReleaseAsync(context, run.RoundId);

        context.SetCustomStatus(new RoundStatus(RoundPhases.Reporting, null));
        var chunks = await context.CallAsync<int>(nameof(RoundActivities.ThreeSixtyReportChunks), run.RoundId);
        var built = await CallEachAsync<ReportChunk>(context, nameof(RoundActivities.ThreeSixtyReportChunk), run.RoundId, chunks, "report");
        await context.CallAsync<bool>(nameof(RoundActivities.ThreeSixtyNorms), new RoundNorms(run.RoundId, [.. built.Select(c => c.Norms)]));
        var reports = built.Sum(c => c.Reports);
        var mailed = await FanOutAsync(context, nameof(RoundActivities.ThreeSixtyReportMailChunk), run.RoundId, chunks, "report-mail");
        await context.CallAsync<bool>(nameof(RoundActivities.ThreeSixtyRoundReported), run.RoundId);
        context.SetCustomStatus(new RoundStatus(RoundPhases.Reported, null));
        return new RoundOutcome(run.RoundId, plan.Subjects, rating.Raters, invited, reminded, released, reports, mailed);
    }

    /// <summary>Waits for the nomination deadline, or HR's start of rating, whichever is first.</summary>
    private static async Task NominationAsync(TaskOrchestrationContext context, RoundPlan plan)
    {
        for (var step = 0; step < MaxSteps && context.CurrentUtcDateTime < plan.NominationDeadlineUtc; step++)
        {
            var (arrived, signal) = await DurableWaits.EventOrTimerAsync<RoundSignal>(context, RoundSignal.EventName, plan.NominationDeadlineUtc);
            if (!arrived || signal?.Kind == RoundSignalKind.StartRating)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The rating window: sleeps until the next reminder or the deadline, awake for HR's signals. An extension moves
    /// the deadline and the reminders still ahead; a close ends the window. Returns how many reminders were mailed.
    /// </summary>
    private static async Task<int> RatingWindowAsync(TaskOrchestrationContext context, RoundPlan plan, RatingPlan rating)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(plan.TimeZone);
        var offsets = plan.ReminderOffsets.Select(Deadline.Parse).ToList();
        var closesAt = Utc(rating.DeadlineUtc);
        var runs = 0;
        var reminded = 0;
        DateTimeOffset? lastReminder = null;
        for (var step = 0; step < MaxSteps; step++)
        {
            context.SetCustomStatus(new RoundStatus(RoundPhases.Rating, closesAt.UtcDateTime));
            var now = Utc(context.CurrentUtcDateTime);
            if (now >= closesAt)
            {
                return reminded;
            }

            // Past a reminder's own instant: a durable timer can fire a little early, and one run must not go out twice.
            var reminder = ReminderSchedule.Next(closesAt, offsets, lastReminder > now ? lastReminder.Value : now, zone);
            var (arrived, signal) = await DurableWaits.EventOrTimerAsync<RoundSignal>(context, RoundSignal.EventName,
                (reminder ?? closesAt).UtcDateTime);
            if (!arrived || signal is null)
            {
                if (reminder is null)
                {
                    return reminded;
                }

                runs++;
                lastReminder = reminder;
                reminded += await FanOutAsync(context, nameof(RoundActivities.ThreeSixtyInvitePartition), rating.RoundId, rating.Partitions,
                    $"remind-{runs}");
                continue;
            }

            if (signal.Kind == RoundSignalKind.Close)
            {
                return reminded;
            }

            if (signal is { Kind: RoundSignalKind.Extend, DeadlineUtc: { } extended } && extended > closesAt.UtcDateTime)
            {
                await context.CallAsync<bool>(nameof(RoundActivities.ThreeSixtyRatingExtend), new RoundDeadline(rating.RoundId, extended));
                closesAt = Utc(extended);
            }
        }

        await context.CreateTimer(closesAt.UtcDateTime, CancellationToken.None);
        return reminded;
    }

    /// <summary>Closes rating, lets submissions accepted just before the close finish, then releases every waiting answer.</summary>
    private static async Task<int> ReleaseAsync(TaskOrchestrationContext context, string roundId)
    {
        var releaseAt = await context.CallAsync<DateTime>(nameof(RoundActivities.ThreeSixtyRatingClose), roundId);
        if (releaseAt > context.CurrentUtcDateTime)
        {
            await context.CreateTimer(releaseAt, CancellationToken.None);
        }

        var released = 0;
        for (var pass = 0; ; pass++)
        {
            var progress = await context.CallAsync<RoundRelease>(nameof(RoundActivities.ThreeSixtyRelease), roundId);
            released += progress.Released;
            if (progress.Sealed || pass >= MaxReleasePasses)
            {
                return released;
            }

            await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(10), CancellationToken.None);
        }
    }

    private static async Task<int> FanOutAsync(TaskOrchestrationContext context, string activity, string roundId, int count, string run) =>
        (await CallEachAsync<int>(context, activity, roundId, count, run)).Sum();

    private static Task<T[]> CallEachAsync<T>(TaskOrchestrationContext context, string activity, string roundId, int count, string run) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i => context.CallAsync<T>(activity, new RoundStep(roundId, i, run))).ToList());

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
