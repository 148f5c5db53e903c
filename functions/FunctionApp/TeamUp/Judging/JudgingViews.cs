using Transformation.Platform.Localization;
using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Judging;

/// <summary>Builds what the judging API and pages show, from the stores, in the reader's language.</summary>
public sealed class JudgingViews(JudgingService judging, RankingService rankings, JudgingCommands commands)
{
    public static string EntryUrl(string seasonId, string divisionCode) =>
        $"/team-up/{Uri.EscapeDataString(seasonId)}/entries/{Uri.EscapeDataString(divisionCode)}";

    public Text Method => JudgingMethod.Describe(judging.Rubric);

    public IReadOnlyList<CriterionView> Rubric(Language language) =>
        [.. judging.Rubric.Select(c => new CriterionView(c.Id, c.Name.In(language), c.Guide.In(language), c.Weight))];

    /// <summary>The judge's worklist. Entries appear once they are published (the entry deadline has passed).</summary>
    public async Task<JudgingView> JudgingAsync(Season season, string judgeId, Language language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        var now = judging.Now;
        var offered = season.IsPublished(now) ? await judging.OfferedAsync(season, judgeId, cancellationToken) : [];
        var cards = (await judging.Scores.ListByJudgeAsync(season.SeasonId, judgeId, cancellationToken))
            .ToDictionary(c => c.DivisionCode, StringComparer.Ordinal);
        var rubric = judging.Rubric;
        var entries = offered.Select(e =>
        {
            var card = cards.GetValueOrDefault(e.DivisionCode);
            return new JudgingEntryView(e.DivisionCode, e.DivisionName, e.BureauCode, e.BureauName, e.Content.Mission, e.Content.HoursPerMonthSaved,
                EntryUrl(season.SeasonId, e.DivisionCode), card?.Scores, card?.Comment, card?.IsComplete(rubric) == true, card?.ScoredAtUtc);
        }).ToList();
        return new JudgingView(season.SeasonId, season.Phase, season.AcceptsScores(now), season.JudgingDeadlineUtc, Rubric(language),
            entries.Count, entries.Count(e => e.Complete), entries);
    }

    public async Task<ProgressView> ProgressAsync(Season season, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        var progress = await judging.ProgressAsync(season, cancellationToken);
        var judges = progress
            .Select(p => new JudgeProgressView(p.Judge.StaffId, p.Judge.Name, p.BureauCode ?? "", p.Judge.BureauName, p.Offered, p.Scored,
                Math.Max(0, p.Offered - p.Scored), p.Finished))
            .ToList();
        return new ProgressView(season.SeasonId, season.Phase, season.JudgingDeadlineUtc, judges.Count(j => j.Finished), judges);
    }

    /// <summary>Null before the ranking step has run.</summary>
    public async Task<RankingView?> RankingAsync(Season season, Language language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        var ranking = await rankings.GetAsync(season.SeasonId, cancellationToken);
        if (ranking is null)
        {
            return null;
        }

        var entries = await EntriesAsync(season.SeasonId, cancellationToken);
        var proposal = commands.Proposal(ranking);
        var awards = judging.Options.Awards;
        var proposed = AwardPlaces.Assign(proposal, awards).ToDictionary(p => p.DivisionCode, StringComparer.Ordinal);
        var rows = ranking.Entries.Select(r =>
        {
            var entry = entries.GetValueOrDefault(r.DivisionCode);
            var award = proposed.TryGetValue(r.DivisionCode, out var place) ? awards.FirstOrDefault(a => a.Id == place.AwardId) : null;
            return new RankingRowView(r.Rank, r.DivisionCode, entry?.DivisionName ?? r.DivisionCode, entry?.BureauCode ?? "", entry?.BureauName ?? "",
                r.Score, r.RawWeightedMean, r.Judges, r.FirstPlaces, r.HoursPerMonthSaved, r.DecidedBy, r.Tied, award?.Id, award?.Name.In(language));
        }).ToList();
        var scored = ranking.Entries.Where(e => e.Score is not null).ToList();
        var total = AwardPlaces.Total(awards);
        var tieAtLine = scored.Count > total && total > 0 && scored[total - 1].Rank == scored[total].Rank;
        return new RankingView(season.SeasonId, season.Phase, Method, rows, proposal, tieAtLine,
            await judging.Seasons.GetAwardAsync(season.SeasonId, cancellationToken));
    }

    /// <summary>Null until HR has confirmed the awards and the season is awarded.</summary>
    public async Task<AwardsView?> AwardsAsync(Season season, Language language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        var decision = await judging.Seasons.GetAwardAsync(season.SeasonId, cancellationToken);
        if (season.Phase != SeasonPhase.Awarded || decision is null)
        {
            return null;
        }

        var entries = await EntriesAsync(season.SeasonId, cancellationToken);
        var awards = judging.Options.Awards;
        var winners = AwardPlaces.Assign(decision.Order, awards).Select(p =>
        {
            var entry = entries.GetValueOrDefault(p.DivisionCode);
            var award = awards.FirstOrDefault(a => a.Id == p.AwardId);
            return new WinnerView(p.Place, p.AwardId, award?.Name.In(language) ?? p.AwardId, p.DivisionCode, entry?.DivisionName ?? p.DivisionCode,
                entry?.BureauCode ?? "", entry?.BureauName ?? "", entry?.Content.HoursPerMonthSaved ?? 0, EntryUrl(season.SeasonId, p.DivisionCode));
        }).ToList();
        return new AwardsView(season.SeasonId, winners, decision.Comment, decision.Adjusted, decision.DecidedAtUtc, Method);
    }

    private async Task<Dictionary<string, Entry>> EntriesAsync(string seasonId, CancellationToken cancellationToken) =>
        (await judging.Entries.ListAsync(seasonId, cancellationToken)).ToDictionary(e => e.DivisionCode, StringComparer.Ordinal);
}
