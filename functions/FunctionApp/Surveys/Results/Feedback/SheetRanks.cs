namespace Transformation.Surveys.Results.Feedback;

/// <summary>Ranks of every shown group among its level (divisions among all divisions, bureaus among bureaus), per category and overall.</summary>
internal sealed class SheetRanks(SurveyResults results)
{
    private readonly Dictionary<(GroupLevel, string), IReadOnlyDictionary<string, Rank>> _ranks = [];

    public Rank? Of(GroupKey key, string scoreId)
    {
        if (!_ranks.TryGetValue((key.Level, scoreId), out var ranks))
        {
            ranks = Ranking.Rank(results.Groups
                .Where(g => g.Key.Level == key.Level && g.ScoresShown)
                .Select(g => (g.Key.Code, Mean: scoreId == ScoreSummary.Overall ? g.Overall?.Mean : g.Category(scoreId)?.Mean))
                .Where(g => g.Mean is not null)
                .Select(g => (g.Code, g.Mean!.Value)));
            _ranks[(key.Level, scoreId)] = ranks;
        }

        return ranks.GetValueOrDefault(key.Code);
    }
}
