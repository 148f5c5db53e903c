using System.ComponentModel;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;
using Transformation.ThreeSixty.Nomination;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>
/// The I/O of the 360 round. Plans, links and answers never come back to the orchestration: each activity reads
/// what it needs from storage and returns counts (a report chunk also its per-band sums for the norms, which name
/// nobody), so no person, token or answer enters the history.
/// </summary>
public sealed partial class RoundActivities(
    RoundStore rounds,
    RosterDirectory roster,
    SubjectRoster subjects,
    NominationMails nominationMails,
    AssignmentPlanner planner,
    RaterInvitations invitations,
    RatingRelease release,
    ReportPublisher reports,
    ReportMails reportMails,
    RatingQuestionnaireSource questionnaire,
    JapanTime japanTime,
    TimeProvider time,
    IOptions<RoundOptions> options,
    ILogger<RoundActivities> log)
{
    [Function(nameof(ThreeSixtyRoundStart))]
    [Description("Keeps the current roster snapshot for the round, stores the round with its nomination deadline and chooses its subjects.")]
    public async Task<RoundPlan> ThreeSixtyRoundStart([ActivityTrigger] RoundRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var o = options.Value;
        var snapshotId = await roster.CurrentSnapshotIdAsync()
            ?? throw new InvalidOperationException("No roster has been imported: the 360 round needs a roster snapshot to choose its subjects.");
        var openedAt = new DateTimeOffset(DateTime.SpecifyKind(run.LaunchedAtUtc, DateTimeKind.Utc));
        var deadline = Deadline.Parse(o.NominationPeriod).After(openedAt, Calendar, japanTime.Zone, o.DueAt);
        // A retried activity finds the round it stored and keeps its snapshot and deadline.
        var round = await rounds.CreateAsync(new Round(run.RoundId, snapshotId, RoundPhase.Nominating, openedAt, deadline,
            questionnaire.Current.Version));
        var count = await subjects.SelectAsync(round, CancellationToken.None);
        LogOpened(run.RoundId, count, round.NominationDeadline);
        return new RoundPlan(run.RoundId, count, round.NominationDeadline.UtcDateTime, [.. o.ReminderOffsets], japanTime.Zone.Id);
    }

    [Function(nameof(ThreeSixtyNominationMail))]
    [Description("Mails every subject the link to their nomination page; idempotent.")]
    public async Task<int> ThreeSixtyNominationMail([ActivityTrigger] string roundId) =>
        await nominationMails.SendAsync(await RoundAsync(roundId), CancellationToken.None);

    [Function(nameof(ThreeSixtyRatingOpen))]
    [Description("Ends nomination (proposals for subjects who did not nominate), opens rating with its deadline and writes "
        + "every rater's assignments.")]
    public async Task<RatingPlan> ThreeSixtyRatingOpen([ActivityTrigger] string roundId)
    {
        var round = await RoundAsync(roundId);
        var o = options.Value;
        var deadline = Deadline.Parse(o.RatingPeriod).After(time.GetUtcNow(), Calendar, japanTime.Zone, o.DueAt);
        round = await rounds.OpenRatingAsync(roundId, deadline, RatingPartitions.Count);
        var plan = await planner.PlanAsync(round, CancellationToken.None);
        var raters = await invitations.WriteAsync(round, plan, CancellationToken.None);
        LogRatingOpened(roundId, raters, round.RatingDeadline);
        return new RatingPlan(roundId, round.RatingDeadline!.Value.UtcDateTime, round.Partitions, raters);
    }

    [Function(nameof(ThreeSixtyInvitePartition))]
    [Description("Invites (run \"invite\") or reminds (\"remind-N\") the raters of one partition, one mail each; idempotent per run.")]
    public async Task<int> ThreeSixtyInvitePartition([ActivityTrigger] RoundStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return await invitations.InviteAsync(await RoundAsync(step.RoundId), step.Index, step.Run, CancellationToken.None);
    }

    [Function(nameof(ThreeSixtyRatingExtend))]
    [Description("Moves the rating deadline (HR's extension).")]
    public async Task<bool> ThreeSixtyRatingExtend([ActivityTrigger] RoundDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var round = await rounds.ExtendAsync(deadline.RoundId, Utc(deadline.DeadlineUtc));
        return round.RatingDeadline == Utc(deadline.DeadlineUtc);
    }

    [Function(nameof(ThreeSixtyRatingClose))]
    [Description("Closes rating now; returns when the waiting answers may be released (the close plus the grace).")]
    public async Task<DateTime> ThreeSixtyRatingClose([ActivityTrigger] string roundId)
    {
        var round = await rounds.CloseAsync(roundId);
        LogClosed(roundId);
        // A second past the instant: a durable timer may fire a little early, and the release refuses to run before it.
        return ((release.ReleasableAt(round) ?? time.GetUtcNow()) + TimeSpan.FromSeconds(1)).UtcDateTime;
    }

    [Function(nameof(ThreeSixtyRelease))]
    [Description("Releases every waiting answer of the closed round; says whether the round is now sealed.")]
    public async Task<RoundRelease> ThreeSixtyRelease([ActivityTrigger] string roundId)
    {
        var released = await release.ReleaseAsync(roundId, CancellationToken.None);
        var round = await RoundAsync(roundId);
        return new RoundRelease(released, round.SealedAt is not null);
    }

    [Function(nameof(ThreeSixtyReportChunks))]
    [Description("How many chunks of subjects the reports are built and mailed in.")]
    public async Task<int> ThreeSixtyReportChunks([ActivityTrigger] string roundId)
    {
        var count = (await SubjectIdsAsync(roundId)).Count;
        return (count + options.Value.ChunkSize - 1) / options.Value.ChunkSize;
    }

    [Function(nameof(ThreeSixtyReportChunk))]
    [Description("Builds and stores the reports of one chunk of subjects; returns their count and what they add to the norms.")]
    public async Task<ReportChunk> ThreeSixtyReportChunk([ActivityTrigger] RoundStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var all = await SubjectIdsAsync(step.RoundId);
        var span = ReportSpan.OfChunk(all, step.Index, options.Value.ChunkSize);
        return await reports.BuildAsync(await RoundAsync(step.RoundId), Chunk(all, step), span, CancellationToken.None);
    }

    [Function(nameof(ThreeSixtyNorms))]
    [Description("Builds the grade-band norms from every chunk's contribution once every report is built.")]
    public async Task<bool> ThreeSixtyNorms([ActivityTrigger] RoundNorms norms)
    {
        ArgumentNullException.ThrowIfNull(norms);
        await reports.BuildNormsAsync(await RoundAsync(norms.RoundId), norms.Chunks, CancellationToken.None);
        return true;
    }

    [Function(nameof(ThreeSixtyReportMailChunk))]
    [Description("Mails each subject of one chunk the link to their report; idempotent.")]
    public async Task<int> ThreeSixtyReportMailChunk([ActivityTrigger] RoundStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return await reportMails.SendAsync(await RoundAsync(step.RoundId), await ChunkAsync(step), CancellationToken.None);
    }

    [Function(nameof(ThreeSixtyRoundReported))]
    [Description("Records that the round's reports are out.")]
    public async Task<bool> ThreeSixtyRoundReported([ActivityTrigger] string roundId)
    {
        await rounds.MarkReportedAsync(roundId);
        LogReported(roundId);
        return true;
    }

    private BusinessCalendar Calendar => new(options.Value.ClosedDays);

    private async Task<Round> RoundAsync(string roundId) =>
        await rounds.GetAsync(roundId) ?? throw new InvalidOperationException($"360 round {roundId} is not stored.");

    private Task<IReadOnlyList<string>> SubjectIdsAsync(string roundId) => subjects.ListActiveIdsAsync(roundId, CancellationToken.None);

    private async Task<IReadOnlyList<string>> ChunkAsync(RoundStep step) => Chunk(await SubjectIdsAsync(step.RoundId), step);

    private IReadOnlyList<string> Chunk(IReadOnlyList<string> subjectIds, RoundStep step) =>
        [.. subjectIds.Skip(step.Index * options.Value.ChunkSize).Take(options.Value.ChunkSize)];

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    [LoggerMessage(LogLevel.Information, "360 round {RoundId} opened with {Subjects} subjects; nomination until {Deadline}")]
    private partial void LogOpened(string roundId, int subjects, DateTimeOffset deadline);

    [LoggerMessage(LogLevel.Information, "360 round {RoundId}: rating opened for {Raters} raters until {Deadline}")]
    private partial void LogRatingOpened(string roundId, int raters, DateTimeOffset? deadline);

    [LoggerMessage(LogLevel.Information, "360 round {RoundId}: rating closed")]
    private partial void LogClosed(string roundId);

    [LoggerMessage(LogLevel.Information, "360 round {RoundId}: reports mailed")]
    private partial void LogReported(string roundId);
}
