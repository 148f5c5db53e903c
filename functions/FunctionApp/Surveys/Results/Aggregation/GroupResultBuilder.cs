using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Results.Aggregation;

/// <summary>Builds one group's published result from its counts, what may be shown, and last year's results.</summary>
internal sealed class GroupResultBuilder(
    SurveyQuestionnaire questionnaire,
    string[] itemIds,
    int[] itemCategory,
    Func<LayoutGroup, GroupTotals> totalsOf,
    List<string>?[] comments,
    SurveyResults? lastYear)
{
    private readonly int _categories = questionnaire.Categories.Count;

    public GroupResult Build(LayoutGroup group, bool scoresShown, bool commentsShown)
    {
        if (!scoresShown)
        {
            return new GroupResult(group.Key, group.Name, group.Parent, group.Invited, false, false, null, null, null, [], [], []);
        }

        var totals = totalsOf(group);
        var before = LastYear(group.Key);
        var items = itemIds.Select((id, item) => Summary(id, totals.Counts.AsSpan(item * 5, 5), Answers(totals.Counts, item), before)).ToList();
        var categories = questionnaire.Categories.Select((category, c) =>
        {
            var pooled = Pool(totals.Counts, item => itemCategory[item] == c);
            return Summary(category.Id, pooled, totals.CategoryRespondents[c], before);
        }).ToList();
        var overall = Summary(ScoreSummary.Overall, Pool(totals.Counts, _ => true), totals.Respondents, before);
        var rate = group.Invited > 0 ? (double)totals.Respondents / group.Invited : (double?)null;
        return new GroupResult(group.Key, group.Name, group.Parent, group.Invited, true, commentsShown, totals.Respondents, rate,
            overall, categories, items, commentsShown ? Comments(group) : []);
    }

    private static int Answers(int[] counts, int item) =>
        counts[item * 5] + counts[(item * 5) + 1] + counts[(item * 5) + 2] + counts[(item * 5) + 3] + counts[(item * 5) + 4];

    private int[] Pool(int[] counts, Func<int, bool> include)
    {
        var pooled = new int[5];
        for (var item = 0; item < itemIds.Length; item++)
        {
            if (include(item))
            {
                for (var s = 0; s < 5; s++)
                {
                    pooled[s] += counts[(item * 5) + s];
                }
            }
        }

        return pooled;
    }

    private static ScoreSummary Summary(string id, ReadOnlySpan<int> distribution, int respondents, Dictionary<string, double>? before)
    {
        long answers = 0;
        long sum = 0;
        long favourable = 0;
        for (var s = 0; s < 5; s++)
        {
            answers += distribution[s];
            sum += (long)distribution[s] * (s + 1);
            favourable += s >= 3 ? distribution[s] : 0;
        }

        double? mean = answers > 0 ? (double)sum / answers : null;
        double? last = before is not null && before.TryGetValue(id, out var value) ? value : null;
        return new ScoreSummary(id, respondents, mean, distribution.ToArray(), answers > 0 ? (double)favourable / answers : null,
            last, mean is not null && last is not null ? mean - last : null);
    }

    /// <summary>Last year's shown means of the same group, by item, category and "overall".</summary>
    private Dictionary<string, double>? LastYear(GroupKey key)
    {
        var previous = lastYear?.Find(key);
        if (previous is not { ScoresShown: true })
        {
            return null;
        }

        return previous.Items.Concat(previous.Categories).Append(previous.Overall!)
            .Where(s => s.Mean is not null)
            .ToDictionary(s => s.Id, s => s.Mean!.Value, StringComparer.Ordinal);
    }

    private List<CategoryComments> Comments(LayoutGroup group) =>
        questionnaire.Categories.Select((category, c) => new CategoryComments(category.Id,
            group.Divisions.SelectMany(d => comments[(d * _categories) + c] ?? []).ToList())).ToList();
}
