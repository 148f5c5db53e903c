using System.ComponentModel;
using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Scheduling;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Aggregation;
using Transformation.Surveys.Results.Storage;
using Transformation.Surveys.Sealing;

namespace Transformation.Surveys.Workflow;

/// <summary>
/// The I/O of the survey cycle. Invitation and reminder links are created and mailed in the same activity and
/// only counts come back, so no token is ever stored in the orchestration's history.
/// </summary>
public sealed partial class SurveyCycleActivities(
    RosterDirectory roster,
    SurveyCycles cycles,
    SurveyInvitations invitations,
    SurveySealer sealer,
    InvitationCloseOut closeOut,
    SurveyAnswerStore answers,
    SurveyAggregator aggregator,
    SurveyResultsStore results,
    QuestionnaireSource questionnaire,
    IMailer mailer,
    MailClaims claims,
    JapanTime japanTime,
    IOptions<SurveyCycleOptions> options,
    IOptions<SurveyOptions> survey,
    IOptions<AppOptions> app,
    ILogger<SurveyCycleActivities> log)
{
    [Function(nameof(SurveyCyclePrepare))]
    [Description("Keeps the current roster snapshot for the cycle, sets its deadline and opens it; returns the plan the orchestration follows.")]
    public async Task<CyclePlan> SurveyCyclePrepare([ActivityTrigger] CycleRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var o = options.Value;
        var snapshotId = await roster.CurrentSnapshotIdAsync()
            ?? throw new InvalidOperationException("No roster has been imported: the survey cycle needs a roster snapshot to invite from.");
        var index = await roster.GetIndexAsync(snapshotId);
        var launched = new DateTimeOffset(DateTime.SpecifyKind(run.LaunchedAtUtc, DateTimeKind.Utc));
        var closesAt = Deadline.Parse(o.AnswerPeriod).After(launched, new BusinessCalendar(o.ClosedDays), japanTime.Zone, o.DueAt);
        var cycle = await cycles.OpenAsync(run.CycleId, closesAt, questionnaire.Current.Version);
        var chunks = RosterChunks.For(index, o.ChunkSize, cycle.Partitions).Count;
        LogPrepared(run.CycleId, snapshotId, index.Staff.Count, closesAt);
        return new CyclePlan(run.CycleId, snapshotId, index.Staff.Count, chunks, o.ChunkSize, closesAt.UtcDateTime, [.. o.ReminderOffsets],
            japanTime.Zone.Id);
    }

    [Function(nameof(SurveyInviteChunk))]
    [Description("Invites one chunk of the cycle's roster (or reminds its non-respondents with a fresh link) and mails them, "
        + "one batch for both languages; returns how many were mailed.")]
    public async Task<int> SurveyInviteChunk([ActivityTrigger] ChunkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        // One key per cycle (the instance id is derived from it), round and chunk, the same on every run of this chunk.
        // Claimed before any link is issued: a run that finds the chunk sent issues nothing (the links mailed stay the
        // ones that work), and a run that finds another run sending it fails, so its retry comes back to a sent chunk.
        var key = $"survey:{run.CycleId}:{run.Round}:{run.Chunk}";
        var claim = await claims.ClaimAsync(key, 0, null, CancellationToken.None);
        if (claim.State == MailClaimState.Sent)
        {
            LogAlreadySent(run.CycleId, run.Round, run.Chunk);
            return claim.Recipients;
        }

        if (claim.State == MailClaimState.Busy)
        {
            throw MailClaims.Busy(key, 0);
        }

        IssuedChunk chunk;
        try
        {
            chunk = await IssueChunkAsync(run);
        }
        catch (Exception)
        {
            // Nothing was mailed: give the claim back so the retry need not wait for it to lapse.
            await claims.ReleaseAsync(key, 0, claim.Owner, CancellationToken.None);
            throw;
        }

        var (issued, recipients, reminder) = chunk;
        if (recipients.Count > 0)
        {
            // One batch for both languages: a chunk is one SendGrid request (a chunk is at most 1,000 people).
            var batch = SurveyCycleMails.Batch(key,
                reminder ? SurveyCycleMails.ReminderSubject : SurveyCycleMails.InvitationSubject,
                reminder ? SurveyCycleMails.ReminderBody : SurveyCycleMails.InvitationBody, recipients) with { ClaimOwner = claim.Owner };
            await mailer.SendAsync(batch, CancellationToken.None);
        }

        LogMailed(run.CycleId, run.Round, run.Chunk, issued.Links.Count, issued.AlreadySubmitted.Count);
        return issued.Links.Count;
    }

    [Function(nameof(SurveyCycleExtend))]
    [Description("Moves the cycle's deadline (HR's extension).")]
    public async Task<bool> SurveyCycleExtend([ActivityTrigger] CycleDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        await cycles.ExtendAsync(deadline.CycleId, new DateTimeOffset(DateTime.SpecifyKind(deadline.ClosesAtUtc, DateTimeKind.Utc)));
        return true;
    }

    [Function(nameof(SurveyCycleClose))]
    [Description("Closes the cycle (no more answers); returns until when the release waits for submissions accepted just before.")]
    public async Task<DateTime> SurveyCycleClose([ActivityTrigger] string cycleId)
    {
        var closedAt = await cycles.CloseAsync(cycleId);
        return closedAt.AddSeconds(survey.Value.ReleaseGraceSeconds).UtcDateTime;
    }

    [Function(nameof(SurveyCycleRelease))]
    [Description("Releases every sealed answer of the closed cycle at once, shuffled; returns how many still wait (0 when all are out).")]
    public async Task<ReleaseProgress> SurveyCycleRelease([ActivityTrigger] string cycleId)
    {
        var released = await sealer.ReleaseCycleAsync(cycleId);
        return new ReleaseProgress(released, await sealer.WaitingCountAsync(cycleId));
    }

    [Function(nameof(SurveyCycleCloseOut))]
    [Description("Rewrites every participation and link row of the cycle (drafts removed, no row keeps its submission time) "
        + "and marks the cycle sealed.")]
    public async Task<int> SurveyCycleCloseOut([ActivityTrigger] string cycleId)
    {
        var rewritten = await closeOut.RewriteAsync(cycleId);
        await cycles.MarkSealedAsync(cycleId);
        return rewritten;
    }

    [Function(nameof(SurveyCycleAggregate))]
    [Description("Aggregates the cycle's answers over the roster snapshot's divisions, with last year's results for the change, "
        + "and stores the results.")]
    public async Task<AggregateSummary> SurveyCycleAggregate([ActivityTrigger] CyclePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var index = await roster.GetIndexAsync(plan.SnapshotId);
        var rates = await invitations.ResponseRateAsync(plan.CycleId);
        var invited = rates.Divisions.GroupBy(d => d.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(d => d.Invited),
            StringComparer.Ordinal);
        var population = SurveyPopulation.From(index.Divisions.Select(d => (d.Code, d.Name, d.BureauCode, d.BureauName)), invited);
        var lastYear = SurveyCycleIds.Previous(plan.CycleId) is { } previous ? await results.LoadAsync(previous) : null;
        var aggregated = await aggregator.AggregateAsync(plan.CycleId, questionnaire.Current, population, answers.ReadResponsesAsync(plan.CycleId),
            lastYear);
        await results.SaveAsync(aggregated);
        var divisions = aggregated.Divisions.ToList();
        LogAggregated(plan.CycleId, aggregated.Ministry.Respondents ?? 0, rates.Ministry.Invited);
        return new AggregateSummary(rates.Ministry.Invited, rates.Ministry.Submitted, 0,
            divisions.Count(d => d.ScoresShown), divisions.Count(d => !d.ScoresShown), lastYear is not null);
    }

    [Function(nameof(SurveyResultsMailChunk))]
    [Description("Mails one chunk of the cycle's roster the link to the ministry-wide results page, one batch for both languages.")]
    public async Task<int> SurveyResultsMailChunk([ActivityTrigger] ChunkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var partitions = await cycles.PartitionsAsync(run.CycleId)
            ?? throw new InvalidOperationException($"Survey cycle {run.CycleId} does not exist: its results cannot be mailed.");
        var staff = await ChunkAsync(run, partitions);
        var rates = await invitations.ResponseRateAsync(run.CycleId);
        var page = app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/') + $"/surveys/{run.CycleId}/results";
        var rate = rates.Ministry.Rate.ToString("P0", CultureInfo.InvariantCulture);
        var recipients = staff.Select(s => new MailRecipient(s.Email, s.Name, new Dictionary<string, string>
        {
            ["page"] = page + (s.Language == Language.En ? "?lang=en" : ""),
            ["cycle"] = run.CycleId,
            ["rate"] = rate,
        })
        { Variant = SurveyCycleMails.VariantOf(s.Language) }).ToList();
        if (recipients.Count > 0)
        {
            // No personal value here, so the key is stable: a repeated activity sends nothing twice. It names the
            // chunk's languages ("ja", "en", "ja+en"), so a chunk of a cycle cut per language keeps its earlier key.
            var languages = string.Join('+', staff.Select(s => s.Language).Distinct().Order().Select(l => l.Code()));
            await mailer.SendAsync(SurveyCycleMails.Batch($"survey:{run.CycleId}:results:{run.Chunk}:{languages}",
                SurveyCycleMails.ResultsSubject, SurveyCycleMails.ResultsBody, recipients), CancellationToken.None);
        }

        return staff.Count;
    }

    private sealed record IssuedChunk(SurveyInvitationResult Issued, List<MailRecipient> Recipients, bool Reminder);

    /// <summary>Issues the chunk's links (superseding earlier ones of its people) and makes one recipient of each.</summary>
    private async Task<IssuedChunk> IssueChunkAsync(ChunkRun run)
    {
        var closesAt = new DateTimeOffset(DateTime.SpecifyKind(run.ClosesAtUtc, DateTimeKind.Utc));
        // Opened before the chunk is cut: the chunks follow the cycle's partitions.
        var cycle = await cycles.OpenAsync(run.CycleId, closesAt, questionnaire.Current.Version);
        var staff = await ChunkAsync(run, cycle.Partitions);
        var issued = await invitations.InviteAsync(run.CycleId, staff, closesAt);
        var reminder = run.Round.StartsWith("reminder", StringComparison.Ordinal);
        var names = staff.ToDictionary(s => s.StaffId, s => s.Name, StringComparer.Ordinal);
        var deadlines = Enum.GetValues<Language>().ToDictionary(l => l, l => DisplayDates.Format(japanTime.ToLocal(closesAt), l));
        var recipients = issued.Links.Select(l => new MailRecipient(l.Email, names.GetValueOrDefault(l.StaffId, l.StaffId), new Dictionary<string,
            string>
        {
            ["link"] = l.Url.AbsoluteUri,
            ["deadline"] = deadlines[l.Language],
            ["cycle"] = run.CycleId,
        })
        { Variant = SurveyCycleMails.VariantOf(l.Language) }).ToList();
        return new IssuedChunk(issued, recipients, reminder);
    }

    private async Task<IReadOnlyList<StaffMember>> ChunkAsync(ChunkRun run, int partitions)
    {
        var index = await roster.GetIndexAsync(run.SnapshotId);
        var chunks = RosterChunks.For(index, run.ChunkSize, partitions);
        return run.Chunk < chunks.Count ? chunks[run.Chunk] : [];
    }

    [LoggerMessage(LogLevel.Information, "Survey cycle {CycleId} prepared on roster snapshot {SnapshotId}: {Staff} staff, closes at {ClosesAt}")]
    private partial void LogPrepared(string cycleId, string snapshotId, int staff, DateTimeOffset closesAt);

    [LoggerMessage(LogLevel.Information, "Survey cycle {CycleId} {Round} chunk {Chunk}: {Mailed} mailed, {Answered} had answered")]
    private partial void LogMailed(string cycleId, string round, int chunk, int mailed, int answered);

    [LoggerMessage(LogLevel.Information, "Survey cycle {CycleId} {Round} chunk {Chunk}: already mailed by an earlier run; nothing issued")]
    private partial void LogAlreadySent(string cycleId, string round, int chunk);

    [LoggerMessage(LogLevel.Information, "Survey cycle {CycleId} aggregated: {Respondents} respondents of {Invited} invited")]
    private partial void LogAggregated(string cycleId, int respondents, int invited);
}
