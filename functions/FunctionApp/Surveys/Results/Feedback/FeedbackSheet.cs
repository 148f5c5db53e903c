using Transformation.Platform.Localization;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>
/// The evaluation sheet (評価シート) of one shown division or bureau. Strongest and weakest items are the
/// five with the largest and the smallest gap to the ministry mean (not the raw mean: some items score high
/// everywhere, the gap says where this group differs). Ranks are among shown groups of the same level.
/// </summary>
/// <param name="Comments">Per category, the comments published for this group (empty when none may be shown).</param>
public sealed record FeedbackSheet(
    string CycleId,
    GroupKey Group,
    string Name,
    string? BureauName,
    int Invited,
    int Respondents,
    double? ResponseRate,
    FeedbackRow Overall,
    IReadOnlyList<FeedbackCategory> Categories,
    IReadOnlyList<FeedbackRow> Strongest,
    IReadOnlyList<FeedbackRow> Weakest,
    IReadOnlyList<FeedbackComments> Comments)
{
    public const int Highlighted = 5;

    public static readonly Text OverallLabel = new("総合", "Overall");
}
