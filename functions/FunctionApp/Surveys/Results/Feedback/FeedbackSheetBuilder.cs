using Transformation.Platform.Localization;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>Builds feedback sheets from published (already suppressed) results: it never sees a hidden number.</summary>
public static class FeedbackSheetBuilder
{
    /// <summary>The sheets of every shown bureau and division, ranks computed once.</summary>
    public static IReadOnlyList<FeedbackSheet> BuildAll(SurveyResults results, SurveyQuestionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ranks = new SheetRanks(results);
        return results.Groups
            .Where(g => g.ScoresShown && g.Key.Level != GroupLevel.Ministry)
            .Select(g => Build(results, questionnaire, g, ranks))
            .ToList();
    }

    /// <summary>The sheet of one bureau or division; null when it is suppressed or unknown.</summary>
    public static FeedbackSheet? Build(SurveyResults results, SurveyQuestionnaire questionnaire, GroupKey key)
    {
        ArgumentNullException.ThrowIfNull(results);
        var group = results.Find(key);
        return group is { ScoresShown: true } && key.Level != GroupLevel.Ministry
            ? Build(results, questionnaire, group, new SheetRanks(results))
            : null;
    }

    private static FeedbackSheet Build(SurveyResults results, SurveyQuestionnaire questionnaire, GroupResult group, SheetRanks ranks)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var ministry = results.Ministry;
        var bureau = group.Key.Level == GroupLevel.Division && group.Parent is { } parent ? results.Find(parent) : null;
        var shownBureau = bureau is { ScoresShown: true } ? bureau : null;

        FeedbackRow Row(string id, Text label, ScoreSummary? score, Func<GroupResult, ScoreSummary?> same, Rank? rank)
        {
            var ministryMean = same(ministry)?.Mean;
            return new FeedbackRow(id, label, score?.Respondents, score?.Mean, score?.Favourable, score?.LastYear, score?.Change,
                shownBureau is null ? null : same(shownBureau)?.Mean, ministryMean,
                score?.Mean - ministryMean, rank, score is { Suppressed: true });
        }

        var categories = questionnaire.Categories.Select(category => new FeedbackCategory(
            Row(category.Id, category.Name, group.Category(category.Id), g => g.Category(category.Id), ranks.Of(group.Key, category.Id)),
            category.Items.Select(item => Row(item.Id, item.Statement, group.Item(item.Id), g => g.Item(item.Id), null)).ToList()))
            .ToList();
        var overall = Row(ScoreSummary.Overall, FeedbackSheet.OverallLabel, group.Overall, g => g.Overall, ranks.Of(group.Key, ScoreSummary.Overall));

        // Questionnaire order breaks ties, so the same data always highlights the same items.
        var gaps = categories.SelectMany(c => c.Items).Where(i => i.GapToMinistry is not null).ToList();
        var strongest = gaps.OrderByDescending(i => i.GapToMinistry!.Value).Take(FeedbackSheet.Highlighted).ToList();
        var weakest = gaps.OrderBy(i => i.GapToMinistry!.Value).Take(FeedbackSheet.Highlighted).ToList();
        var comments = group.CommentsShown
            ? questionnaire.Categories.Select(c => new FeedbackComments(c.Id, c.Name,
                group.Comments.FirstOrDefault(l => l.CategoryId == c.Id)?.Comments ?? [])).ToList()
            : [];
        return new FeedbackSheet(results.CycleId, group.Key, group.Name, bureau?.Name, group.Invited ?? 0, group.Respondents ?? 0,
            group.ResponseRate, overall, categories, strongest, weakest, comments);
    }
}
