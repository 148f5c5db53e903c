namespace Transformation.Surveys.Results;

/// <summary>
/// The scores of one item, one category (its shown items pooled) or all shown items pooled ("overall"), for one group.
/// </summary>
/// <param name="Id">The item id, the category id, or <see cref="Overall"/>.</param>
/// <param name="Respondents">How many answered it (an item may be skipped); null when it is suppressed.</param>
/// <param name="Mean">Mean score 1–5; null when nobody answered or it is suppressed.</param>
/// <param name="Distribution">Count of answers per score, index 0 = score 1 … index 4 = score 5; empty when suppressed.</param>
/// <param name="Favourable">Share of answers that are 4 or 5 (0–1); null when nobody answered or it is suppressed.</param>
/// <param name="LastYear">Last year's mean for the same group and id, when it was shown then.</param>
/// <param name="Change">Mean minus last year's mean, when both exist.</param>
public sealed record ScoreSummary(
    string Id,
    int? Respondents,
    double? Mean,
    IReadOnlyList<int> Distribution,
    double? Favourable,
    double? LastYear,
    double? Change)
{
    public const string Overall = "overall";

    /// <summary>Too few answers (or respondents) to show, or hidden so that a smaller group's cannot be worked out.</summary>
    public bool Suppressed => Respondents is null;

    /// <summary>Sum of all scores (mean × answers): what a reader can compute from what is shown.</summary>
    public long Sum => Distribution.Select((count, index) => (long)count * (index + 1)).Sum();

    /// <summary>An item or category of a shown group that is itself suppressed: its id and nothing else.</summary>
    public static ScoreSummary Hidden(string id) => new(id, null, null, [], null, null, null);
}
