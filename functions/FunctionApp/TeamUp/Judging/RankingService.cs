using Microsoft.Extensions.Logging;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// Ranks a season at the end of judging (called by the season orchestration's ranking activity): the submitted
/// entries, the complete cards of the judges now on the panel, <see cref="TeamUpRanking"/>; the ranking is stored on
/// the season for HR to confirm. Running it again gives the same ranking (a retried activity changes nothing).
/// </summary>
public sealed partial class RankingService(JudgingService judging, ILogger<RankingService> log)
{
    public async Task<Ranking> RankAsync(string seasonId, CancellationToken cancellationToken = default)
    {
        var season = await judging.Seasons.GetAsync(seasonId, cancellationToken)
            ?? throw new InvalidOperationException($"Team-Up season {seasonId} does not exist.");
        var submitted = await judging.SubmittedAsync(seasonId, cancellationToken);
        var cards = await judging.CountedCardsAsync(season, submitted, cancellationToken);
        var ranking = TeamUpRanking.Rank(
            judging.Rubric,
            cards,
            [.. submitted.Select(e => new RankingEntry(e.DivisionCode, e.Content.HoursPerMonthSaved))]);
        await judging.Seasons.SaveRankingAsync(seasonId, ranking, cancellationToken);
        var tied = ranking.Entries.Count(e => e.Tied);
        LogRanked(seasonId, ranking.Entries.Count, cards.Count, tied);
        return ranking;
    }

    /// <summary>The stored ranking, or null before the ranking step ran.</summary>
    public Task<Ranking?> GetAsync(string seasonId, CancellationToken cancellationToken = default) =>
        judging.Seasons.GetRankingAsync<Ranking>(seasonId, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Team-Up season {SeasonId} ranked: {Entries} entries from {Cards} scorecards, {Tied} sharing a rank")]
    private partial void LogRanked(string seasonId, int entries, int cards, int tied);
}
