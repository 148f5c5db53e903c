using System.ComponentModel;
using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Scheduling;
using Transformation.Surveys.Workflow;
using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Judging;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Workflow;

/// <summary>
/// The I/O of a season. Every mail batch has a key made of the season, the step and the round, so an activity the
/// engine runs again sends nothing twice. Times come from the <see cref="TimeProvider"/>: an activity may run late,
/// and what it does depends on the stored season, not on when the orchestration planned it.
/// </summary>
public sealed partial class TeamUpSeasonActivities(
    RosterDirectory roster,
    SeasonStore seasons,
    EntryStore entries,
    JudgingService judging,
    RankingService ranking,
    IMailer mailer,
    JapanTime japanTime,
    TimeProvider time,
    IOptions<TeamUpOptions> options,
    IOptions<AppOptions> app,
    ILogger<TeamUpSeasonActivities> log)
{
    private TeamUpOptions Settings => options.Value;

    private string BaseUrl => app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/');

    [Function(nameof(TeamUpSeasonOpen))]
    [Description("Opens the season on the current roster snapshot with its entry deadline, and asks every division head for an entry.")]
    public async Task<SeasonPlan> TeamUpSeasonOpen([ActivityTrigger] SeasonRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var snapshotId = await roster.CurrentSnapshotIdAsync()
            ?? throw new InvalidOperationException(
                "No roster has been imported: a Team-Up season needs a roster snapshot to ask division heads from.");
        var opened = new DateTimeOffset(DateTime.SpecifyKind(run.OpenedAtUtc, DateTimeKind.Utc));
        var deadline = Deadline.Parse(Settings.EntryPeriod).After(opened, new BusinessCalendar(Settings.ClosedDays), japanTime.Zone, Settings.DueAt);
        // A repeated activity finds the season it created and keeps its snapshot and deadline.
        var season = await seasons.CreateAsync(new Season(run.SeasonId, snapshotId, SeasonPhase.Entries, opened, deadline, null, [], null, run.By));
        var index = await roster.GetIndexAsync(season.SnapshotId);
        var heads = index.Divisions.Select(d => (Division: d, Head: index.Division(d.Code)!.Head)).ToList();
        await MailHeadsAsync(season, heads, "ask", TeamUpMails.AskSubject, TeamUpMails.AskBody);
        LogOpened(season.SeasonId, season.SnapshotId, heads.Count, season.EntryDeadlineUtc);
        var size = Settings.ChunkSize;
        return new SeasonPlan(season.SeasonId, season.SnapshotId, season.EntryDeadlineUtc.UtcDateTime,
            RemindersBefore(season.EntryDeadlineUtc, Settings.EntryRemindBefore, opened), heads.Count,
            RosterChunks.For(index, size, partitions: null).Count, size, Settings.RecheckEvery);
    }

    [Function(nameof(TeamUpSeasonRemindEntries))]
    [Description("Reminds the heads of divisions without a submitted entry, while entries are still accepted; returns how many were reminded.")]
    public async Task<int> TeamUpSeasonRemindEntries([ActivityTrigger] ReminderRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var season = await SeasonAsync(round.SeasonId);
        if (!season.AcceptsEntries(time.GetUtcNow()))
        {
            return 0;
        }

        var submitted = (await entries.ListAsync(season.SeasonId))
            .Where(e => e.IsSubmitted)
            .Select(e => e.DivisionCode)
            .ToHashSet(StringComparer.Ordinal);
        var index = await roster.GetIndexAsync(season.SnapshotId);
        var missing = index.Divisions.Where(d => !submitted.Contains(d.Code)).Select(d => (Division: d, Head: index.Division(d.Code)!.Head)).ToList();
        await MailHeadsAsync(season, missing, $"entry-reminder-{round.Round}", TeamUpMails.EntryReminderSubject, TeamUpMails.EntryReminderBody);
        LogReminded(season.SeasonId, "entry", round.Round, missing.Count);
        return missing.Count;
    }

    [Function(nameof(TeamUpSeasonPublish))]
    [Description("Ends the entry phase: entries become read-only and the submitted ones public; returns how many were submitted.")]
    public async Task<int> TeamUpSeasonPublish([ActivityTrigger] string seasonId)
    {
        await seasons.SetPhaseAsync(seasonId, SeasonPhase.AwaitingPanel);
        var submitted = (await entries.ListAsync(seasonId)).Count(e => e.IsSubmitted);
        LogPublished(seasonId, submitted);
        return submitted;
    }

    [Function(nameof(TeamUpSeasonOpenJudging))]
    [Description("Opens judging with its deadline and mails the panel, or returns null while HR has not named the panel.")]
    public async Task<JudgingPlan?> TeamUpSeasonOpenJudging([ActivityTrigger] string seasonId)
    {
        var season = await SeasonAsync(seasonId);
        if (season.Panel.Count == 0)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var deadline = season.JudgingDeadlineUtc
            ?? Deadline.Parse(Settings.JudgingPeriod).After(now, new BusinessCalendar(Settings.ClosedDays), japanTime.Zone, Settings.DueAt);
        await seasons.SetPhaseAsync(seasonId, SeasonPhase.Judging, deadline);
        season = await SeasonAsync(seasonId);
        var judges = new List<(StaffMember Judge, int Offered)>();
        foreach (var judgeId in season.Panel)
        {
            if (await JudgeAsync(season, judgeId) is { } judge)
            {
                judges.Add((judge, (await judging.OfferedAsync(season, judgeId)).Count));
            }
        }

        await MailJudgesAsync(
            season, judges.Select(j => (j.Judge, j.Offered, Scored: 0)).ToList(), "judging", TeamUpMails.JudgingSubject, TeamUpMails.JudgingBody);
        LogJudgingOpened(seasonId, judges.Count, season.JudgingDeadlineUtc!.Value);
        return new JudgingPlan(season.JudgingDeadlineUtc!.Value.UtcDateTime,
            RemindersBefore(season.JudgingDeadlineUtc!.Value, Settings.JudgingRemindBefore, now), judges.Count);
    }

    [Function(nameof(TeamUpSeasonRemindJudges))]
    [Description("Reminds the judges who have not scored every entry offered to them, while judging is open; returns how many were reminded.")]
    public async Task<int> TeamUpSeasonRemindJudges([ActivityTrigger] ReminderRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var season = await SeasonAsync(round.SeasonId);
        if (!season.AcceptsScores(time.GetUtcNow()))
        {
            return 0;
        }

        var unfinished = (await judging.ProgressAsync(season.SeasonId)).Where(p => !p.Finished).Select(p => (p.Judge, p.Offered, p.Scored)).ToList();
        await MailJudgesAsync(
            season, unfinished, $"judging-reminder-{round.Round}", TeamUpMails.JudgingReminderSubject, TeamUpMails.JudgingReminderBody);
        LogReminded(season.SeasonId, "judging", round.Round, unfinished.Count);
        return unfinished.Count;
    }

    [Function(nameof(TeamUpSeasonRank))]
    [Description("Ends judging: ranks the entries (normalised per judge), stores the proposed ranking and asks HR to confirm it; "
        + "returns how many entries were ranked.")]
    public async Task<int> TeamUpSeasonRank([ActivityTrigger] string seasonId)
    {
        var ranked = await ranking.RankAsync(seasonId, CancellationToken.None);
        await seasons.SetPhaseAsync(seasonId, SeasonPhase.AwaitingConfirmation);
        var values = new Dictionary<string, string>
        {
            ["season"] = seasonId,
            ["count"] = ranked.Entries.Count.ToString(CultureInfo.InvariantCulture),
            ["ranking"] = $"{BaseUrl}/team-up/{seasonId}/ranking",
        };
        await mailer.SendAsync(TeamUpMails.Batch($"teamup:{seasonId}:confirm", Language.Ja, TeamUpMails.ConfirmSubject, TeamUpMails.ConfirmBody,
            [new MailRecipient(Settings.HrMailbox, "人事課", values)]), CancellationToken.None);
        LogRanked(seasonId, ranked.Entries.Count);
        return ranked.Entries.Count;
    }

    [Function(nameof(TeamUpSeasonAwardDecided))]
    [Description("Whether HR's award decision is stored: the season's award wait reads it on a timer, so a lost event cannot hold the awards back.")]
    public async Task<bool> TeamUpSeasonAwardDecided([ActivityTrigger] string seasonId) => await seasons.GetAwardAsync(seasonId) is not null;

    [Function(nameof(TeamUpSeasonAnnounce))]
    [Description("After HR's confirmation: marks the season awarded and congratulates the head of each winning division; "
        + "returns the winners and the award list for the all-staff mail.")]
    public async Task<AwardAnnouncement> TeamUpSeasonAnnounce([ActivityTrigger] string seasonId)
    {
        var season = await SeasonAsync(seasonId);
        var decision = await seasons.GetAwardAsync(seasonId)
            ?? throw new InvalidOperationException($"Team-Up season {seasonId} has no confirmed award to announce.");
        await seasons.SetPhaseAsync(seasonId, SeasonPhase.Awarded);
        var index = await roster.GetIndexAsync(season.SnapshotId);
        var places = AwardPlaces.Assign(decision.Order, Settings.Awards);
        foreach (var place in places)
        {
            var award = Settings.Awards.First(a => a.Id == place.AwardId);
            if (index.Division(place.DivisionCode) is not { } division)
            {
                continue;
            }

            var head = division.Head;
            var values = new Dictionary<string, string>
            {
                ["season"] = seasonId,
                ["division"] = division.Division.Name,
                ["award"] = award.Name.In(head.Language),
                ["awards"] = $"{BaseUrl}/team-up/{seasonId}/awards" + Query(head.Language),
            };
            await mailer.SendAsync(TeamUpMails.Batch(
                $"teamup:{seasonId}:winner:{place.DivisionCode}", head.Language, TeamUpMails.WinnerSubject, TeamUpMails.WinnerBody,
                [new MailRecipient(head.Email, head.Name, values)]), CancellationToken.None);
        }

        LogAwarded(seasonId, places.Count, decision.Adjusted);
        return new AwardAnnouncement(places.Count, WinnerLines(places, index));
    }

    [Function(nameof(TeamUpSeasonMailStaff))]
    [Description("Mails one chunk of the season's roster that the entries are published, or the awards; one batch per language.")]
    public async Task<int> TeamUpSeasonMailStaff([ActivityTrigger] StaffMailChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var index = await roster.GetIndexAsync(chunk.SnapshotId);
        var chunks = RosterChunks.For(index, chunk.ChunkSize, partitions: null);
        var staff = chunk.Chunk < chunks.Count ? chunks[chunk.Chunk] : [];
        var published = chunk.Kind == StaffMailChunk.Published;
        foreach (var group in staff.GroupBy(s => s.Language))
        {
            var page = $"{BaseUrl}/team-up/{chunk.SeasonId}/{(published ? "entries" : "awards")}{Query(group.Key)}";
            var recipients = group.Select(s => new MailRecipient(s.Email, s.Name, new Dictionary<string, string>
            {
                ["season"] = chunk.SeasonId,
                ["page"] = page,
                ["count"] = chunk.Submitted.ToString(CultureInfo.InvariantCulture),
                ["winners"] = chunk.Winners?.In(group.Key) ?? "",
            })).ToList();
            await mailer.SendAsync(TeamUpMails.Batch($"teamup:{chunk.SeasonId}:{chunk.Kind}:{chunk.Chunk}:{group.Key.Code()}", group.Key,
                published ? TeamUpMails.PublishedSubject : TeamUpMails.AwardedSubject,
                published ? TeamUpMails.PublishedBody : TeamUpMails.AwardedBody, recipients), CancellationToken.None);
        }

        return staff.Count;
    }

    /// <summary>The award list as a few lines, in both languages: "最優秀賞: 総務課 (大臣官房)".</summary>
    private Text WinnerLines(IReadOnlyList<AwardPlace> places, RosterIndex index)
    {
        string Lines(Language language) => string.Join('\n', places.Select(p =>
        {
            var award = Settings.Awards.First(a => a.Id == p.AwardId).Name.In(language);
            var division = index.Division(p.DivisionCode)?.Division;
            return division is null ? $"{award}: {p.DivisionCode}" : $"{award}: {division.Name} ({division.BureauName})";
        }));
        return new Text(Lines(Language.Ja), Lines(Language.En));
    }

    private async Task MailHeadsAsync(Season season, IReadOnlyList<(Division Division, StaffMember Head)> heads, string step, Text subject, Text body)
    {
        var deadlineAt = japanTime.ToLocal(season.EntryDeadlineUtc);
        foreach (var group in heads.GroupBy(h => h.Head.Language))
        {
            var batch = 0;
            foreach (var part in group.Chunk(MailBatch.MaxRecipientsPerActivity))
            {
                var recipients = part.Select(h => new MailRecipient(h.Head.Email, h.Head.Name, new Dictionary<string, string>
                {
                    ["season"] = season.SeasonId,
                    ["division"] = h.Division.Name,
                    ["deadline"] = DisplayDates.Format(deadlineAt, group.Key),
                    ["entry"] = $"{BaseUrl}/team-up/{season.SeasonId}/entries/{Uri.EscapeDataString(h.Division.Code)}{Query(group.Key)}",
                })).ToList();
                var key = $"teamup:{season.SeasonId}:{step}:{group.Key.Code()}:{batch++}";
                await mailer.SendAsync(TeamUpMails.Batch(key, group.Key, subject, body, recipients), CancellationToken.None);
            }
        }
    }

    private async Task MailJudgesAsync(
        Season season, IReadOnlyList<(StaffMember Judge, int Offered, int Scored)> judges, string step, Text subject, Text body)
    {
        var deadlineAt = japanTime.ToLocal(season.JudgingDeadlineUtc ?? season.EntryDeadlineUtc);
        foreach (var (judge, offered, scored) in judges)
        {
            var values = new Dictionary<string, string>
            {
                ["season"] = season.SeasonId,
                ["count"] = offered.ToString(CultureInfo.InvariantCulture),
                ["offered"] = offered.ToString(CultureInfo.InvariantCulture),
                ["scored"] = scored.ToString(CultureInfo.InvariantCulture),
                ["left"] = (offered - scored).ToString(CultureInfo.InvariantCulture),
                ["deadline"] = DisplayDates.Format(deadlineAt, judge.Language),
                ["judging"] = $"{BaseUrl}/team-up/{season.SeasonId}/judging{Query(judge.Language)}",
            };
            await mailer.SendAsync(TeamUpMails.Batch($"teamup:{season.SeasonId}:{step}:{judge.StaffId}", judge.Language, subject, body,
                [new MailRecipient(judge.Email, judge.Name, values)]), CancellationToken.None);
        }
    }

    private async Task<StaffMember?> JudgeAsync(Season season, string judgeId) =>
        await roster.GetPersonAsync(judgeId, season.SnapshotId) ?? await roster.GetPersonAsync(judgeId);

    private async Task<Season> SeasonAsync(string seasonId) =>
        await seasons.GetAsync(seasonId) ?? throw new InvalidOperationException($"Team-Up season {seasonId} does not exist.");

    /// <summary>The reminder instants still ahead of <paramref name="from"/>, earliest first.</summary>
    private List<DateTime> RemindersBefore(DateTimeOffset deadline, IEnumerable<string> offsets, DateTimeOffset from) =>
        [.. offsets.Select(o => Deadline.Parse(o).Before(deadline, japanTime.Zone)).Where(at => at > from && at < deadline)
            .Select(at => at.UtcDateTime).Distinct().Order()];

    private static string Query(Language language) => language == Language.En ? "?lang=en" : "";

    [LoggerMessage(LogLevel.Information,
        "Team-Up season {SeasonId} opened on roster snapshot {SnapshotId}: {Divisions} division heads asked, entries close at {EntryDeadline}")]
    private partial void LogOpened(string seasonId, string snapshotId, int divisions, DateTimeOffset entryDeadline);

    [LoggerMessage(LogLevel.Information, "Team-Up season {SeasonId} {Step} reminder {Round}: {Reminded} reminded")]
    private partial void LogReminded(string seasonId, string step, int round, int reminded);

    [LoggerMessage(LogLevel.Information, "Team-Up season {SeasonId} published with {Submitted} submitted entries")]
    private partial void LogPublished(string seasonId, int submitted);

    [LoggerMessage(LogLevel.Information, "Team-Up season {SeasonId} judging opened for {Judges} judges until {JudgingDeadline}")]
    private partial void LogJudgingOpened(string seasonId, int judges, DateTimeOffset judgingDeadline);

    [LoggerMessage(LogLevel.Information, "Team-Up season {SeasonId} ranked {Entries} entries; waiting for HR's confirmation")]
    private partial void LogRanked(string seasonId, int entries);

    [LoggerMessage(LogLevel.Information, "Team-Up season {SeasonId} awarded to {Winners} divisions (order adjusted by HR: {Adjusted})")]
    private partial void LogAwarded(string seasonId, int winners, bool adjusted);
}
