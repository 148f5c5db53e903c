using Transformation.TeamUp;
using Transformation.TeamUp.Judging;

namespace Transformation.Tests.Support.TeamUp;

/// <summary>Scorecards for the ranking: the shipped rubric's criteria and weights, cards with one score per criterion.</summary>
public static class ScorecardBuilder
{
    public const string Season = "2027";

    /// <summary>The criteria of workflows/team-up.json: policy 0.25, stop 0.3, teamwork 0.25, spread 0.2.</summary>
    public static IReadOnlyList<RubricCriterion> Rubric() =>
    [
        Criterion("policy", 0.25),
        Criterion("stop", 0.3),
        Criterion("teamwork", 0.25),
        Criterion("spread", 0.2),
    ];

    /// <summary>A complete card giving every criterion the same score: its weighted score is that score.</summary>
    public static Scorecard Card(string judge, string division, int score) =>
        Card(judge, division, score, score, score, score);

    /// <summary>A card with scores for policy, stop, teamwork, spread in that order; fewer scores leave criteria unscored.</summary>
    public static Scorecard Card(string judge, string division, params int[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var ids = Rubric().Select(c => c.Id).ToList();
        var map = scores.Select((s, i) => (Id: ids[i], Score: s)).ToDictionary(x => x.Id, x => x.Score, StringComparer.Ordinal);
        return new Scorecard(Season, judge, division, map, "", DateTimeOffset.UnixEpoch);
    }

    public static RankingEntry Entry(string division, decimal hours = 0) => new(division, hours);

    private static RubricCriterion Criterion(string id, double weight) =>
        new() { Id = id, Weight = weight, Ja = id, En = id, GuideJa = id, GuideEn = id };
}
