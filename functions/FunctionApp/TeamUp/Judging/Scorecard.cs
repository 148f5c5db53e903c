namespace Transformation.TeamUp.Judging;

/// <summary>
/// One judge's scores for one entry: criterion id → 1 to 5, with a comment. A judge may change it until the
/// judging deadline; only a complete card (every criterion of the rubric scored) counts in the ranking.
/// </summary>
public sealed record Scorecard(
    string SeasonId,
    string JudgeId,
    string DivisionCode,
    IReadOnlyDictionary<string, int> Scores,
    string Comment,
    DateTimeOffset ScoredAtUtc)
{
    public const int Lowest = 1;

    public const int Highest = 5;

    /// <summary>Every criterion of the rubric has a score from 1 to 5.</summary>
    public bool IsComplete(IEnumerable<RubricCriterion> rubric) =>
        rubric.All(c => Scores.TryGetValue(c.Id, out var s) && s is >= Lowest and <= Highest);

    /// <summary>Σ weight × score over the rubric; null for an incomplete card.</summary>
    public double? Weighted(IReadOnlyList<RubricCriterion> rubric) =>
        IsComplete(rubric) ? rubric.Sum(c => c.Weight * Scores[c.Id]) : null;
}
