namespace Transformation.Surveys.Results;

/// <summary>
/// The published results of one group. A suppressed group keeps only what identifies it (its name and parent),
/// that it is suppressed and why: no respondents, no invited count, no rate, no scores, no comments. Within a
/// shown group, an item or category whose own count is too small is there, marked suppressed, with no numbers.
/// </summary>
/// <param name="Invited">Staff invited; null for a suppressed group (as Viva Glint hides its response figures).</param>
/// <param name="Comments">Per category, the comments of this group's divisions that reach the comment threshold,
/// in an order that depends on the texts only (<see cref="Aggregation.CommentOrder"/>).</param>
/// <param name="HiddenBecause">Why a suppressed group is hidden; null when it is shown.</param>
public sealed record GroupResult(
    GroupKey Key,
    string Name,
    GroupKey? Parent,
    int? Invited,
    bool ScoresShown,
    bool CommentsShown,
    int? Respondents,
    double? ResponseRate,
    ScoreSummary? Overall,
    IReadOnlyList<ScoreSummary> Categories,
    IReadOnlyList<ScoreSummary> Items,
    IReadOnlyList<CategoryComments> Comments,
    SuppressionReason? HiddenBecause = null)
{
    public ScoreSummary? Item(string itemId) => Items.FirstOrDefault(i => i.Id == itemId);

    public ScoreSummary? Category(string categoryId) => Categories.FirstOrDefault(c => c.Id == categoryId);
}
