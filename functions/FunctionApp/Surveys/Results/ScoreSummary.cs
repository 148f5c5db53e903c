namespace Transformation.Surveys.Results;

/// <summary>
/// The scores of one item, one category (its items pooled) or all items pooled ("overall"), for one group.
/// </summary>
/// <param name="Id">The item id, the category id, or <see cref="Overall"/>.</param>
/// <param name="Respondents">How many answered it (an item may be skipped).</param>
/// <param name="Mean">Mean score 1–5; null when nobody answered.</param>
/// <param name="Distribution">Count of answers per score, index 0 = score 1 … index 4 = score 5.</param>
/// <param name="Favourable">Share of answers that are 4 or 5 (0–1); null when nobody answered.</param>
/// <param name="LastYear">Last year's mean for the same group and id, when it was shown then.</param>
/// <param name="Change">Mean minus last year's mean, when both exist.</param>
public sealed record ScoreSummary(
    string Id,
    int Respondents,
    double? Mean,
    IReadOnlyList<int> Distribution,
    double? Favourable,
    double? LastYear,
    double? Change)
{
    public const string Overall = "overall";

    /// <summary>Sum of all scores (mean × answers): what a reader can compute from what is shown.</summary>
    public long Sum => Distribution.Select((count, index) => (long)count * (index + 1)).Sum();
}
