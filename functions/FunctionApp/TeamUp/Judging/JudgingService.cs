using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Localization;
using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// What judging is made of, shared by the API, the pages, the ranking and the season orchestration: which entries
/// a judge is offered (every submitted entry except those of the judge's own bureau: conflict of interest), and how
/// far each judge of the panel has got. The judge's bureau is the one in the season's roster snapshot, else the
/// current roster (a judge who joined after the snapshot).
/// </summary>
public sealed class JudgingService(
    SeasonStore seasons,
    EntryStore entries,
    ScoreStore scores,
    RosterDirectory roster,
    IOptions<TeamUpOptions> options,
    TimeProvider time)
{
    public SeasonStore Seasons => seasons;

    public EntryStore Entries => entries;

    public ScoreStore Scores => scores;

    public TeamUpOptions Options => options.Value;

    public IReadOnlyList<RubricCriterion> Rubric => [.. options.Value.Rubric];

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Submitted entries of the season (drafts never reach the judges).</summary>
    public async Task<IReadOnlyList<Entry>> SubmittedAsync(string seasonId, CancellationToken cancellationToken = default) =>
        [.. (await entries.ListAsync(seasonId, cancellationToken))
            .Where(e => e.IsSubmitted)
            .OrderBy(e => e.BureauCode, StringComparer.Ordinal)
            .ThenBy(e => e.DivisionCode, StringComparer.Ordinal)];

    /// <summary>The submitted entries a judge may score: all but those of the judge's own bureau.</summary>
    public async Task<IReadOnlyList<Entry>> OfferedAsync(Season season, string judgeStaffId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        var people = await PeopleAsync(season, cancellationToken);
        var bureau = people.BureauOf(judgeStaffId);
        return [.. (await SubmittedAsync(season.SeasonId, cancellationToken)).Where(e => !people.IsOwnBureau(bureau, e))];
    }

    /// <summary>Whether the entry belongs to the judge's own bureau (then the judge may not score it).</summary>
    public async Task<bool> IsConflictAsync(Season season, string judgeStaffId, Entry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        ArgumentNullException.ThrowIfNull(entry);
        var people = await PeopleAsync(season, cancellationToken);
        return people.IsOwnBureau(people.BureauOf(judgeStaffId), entry);
    }

    /// <summary>Every judge of the panel with offered and completely scored entries, unfinished judges first. Empty for an unknown season.</summary>
    public async Task<IReadOnlyList<JudgeProgress>> ProgressAsync(string seasonId, CancellationToken cancellationToken = default) =>
        await seasons.GetAsync(seasonId, cancellationToken) is { } season ? await ProgressAsync(season, cancellationToken) : [];

    public async Task<IReadOnlyList<JudgeProgress>> ProgressAsync(Season season, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        var people = await PeopleAsync(season, cancellationToken);
        var submitted = await SubmittedAsync(season.SeasonId, cancellationToken);
        var cards = await scores.ListAsync(season.SeasonId, cancellationToken);
        var rubric = Rubric;
        var progress = new List<JudgeProgress>();
        foreach (var judgeId in season.Panel.Distinct(StringComparer.Ordinal))
        {
            var bureau = people.BureauOf(judgeId);
            var offered = submitted.Where(e => !people.IsOwnBureau(bureau, e)).Select(e => e.DivisionCode).ToHashSet(StringComparer.Ordinal);
            var scored = cards.Count(c => c.JudgeId == judgeId && offered.Contains(c.DivisionCode) && c.IsComplete(rubric));
            progress.Add(new JudgeProgress(people.Person(judgeId), bureau, offered.Count, scored, scored >= offered.Count));
        }

        return [.. progress.OrderBy(p => p.Finished)];
    }

    /// <summary>The cards that count for the ranking: by judges now on the panel, for entries not of their own bureau.</summary>
    public async Task<IReadOnlyList<Scorecard>> CountedCardsAsync(
        Season season, IReadOnlyList<Entry> submitted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        ArgumentNullException.ThrowIfNull(submitted);
        var people = await PeopleAsync(season, cancellationToken);
        var byDivision = submitted.ToDictionary(e => e.DivisionCode, StringComparer.Ordinal);
        return [.. (await scores.ListAsync(season.SeasonId, cancellationToken))
            .Where(c => season.IsJudge(c.JudgeId)
                && byDivision.TryGetValue(c.DivisionCode, out var entry)
                && !people.IsOwnBureau(people.BureauOf(c.JudgeId), entry))];
    }

    /// <summary>The season's roster snapshot and the current roster, for bureaus and names.</summary>
    public async Task<SeasonPeople> PeopleAsync(Season season, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        var snapshot = await TryIndexAsync(season.SnapshotId, cancellationToken);
        var currentId = await roster.CurrentSnapshotIdAsync(cancellationToken);
        var current = currentId is null || currentId == season.SnapshotId ? null : await TryIndexAsync(currentId, cancellationToken);
        return new SeasonPeople(snapshot, current);
    }

    private async Task<RosterIndex?> TryIndexAsync(string? snapshotId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(snapshotId))
        {
            return null;
        }

        try
        {
            return await roster.GetIndexAsync(snapshotId, cancellationToken);
        }
        catch (RosterSnapshotNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A person for display even when the roster no longer knows them (their id stands in for the name).</summary>
    public static StaffMember Unknown(string staffId) => new(staffId, staffId, "", "", "", "", "", "", null, Language.Ja);
}
