namespace Transformation.Surveys.Results;

/// <summary>
/// The published results of one group. A suppressed group keeps only what the roster already says
/// (its name, parent and invited count) and that it is suppressed: no respondents, no scores.
/// </summary>
public sealed record GroupResult(
    GroupKey Key,
    string Name,
    GroupKey? Parent,
    int Invited,
    bool ScoresShown,
    bool CommentsShown,
    int? Respondents,
    double? ResponseRate,
    ScoreSummary? Overall,
    IReadOnlyList<ScoreSummary> Categories,
    IReadOnlyList<ScoreSummary> Items,
    IReadOnlyList<CategoryComments> Comments)
{
    public ScoreSummary? Item(string itemId) => Items.FirstOrDefault(i => i.Id == itemId);

    public ScoreSummary? Category(string categoryId) => Categories.FirstOrDefault(c => c.Id == categoryId);
}
