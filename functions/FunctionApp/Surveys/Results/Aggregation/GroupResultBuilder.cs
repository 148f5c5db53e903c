using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Results.Aggregation;

/// <summary>Builds one group's published result from its counts, what may be shown (<see cref="Visibility"/>), and last year's results.</summary>
internal sealed class GroupResultBuilder(
    SurveyQuestionnaire questionnaire,
    string[] itemIds,
    int[] itemCategory,
    Func<LayoutGroup, GroupTotals> totalsOf,
    Visibility visibility,
    PublishedComments comments,
    int minGroupForScores,
    SurveyResults? lastYear)
{
    public GroupResult Build(LayoutGroup group)
    {
        var totals = totalsOf(group);
        if (!visibility.Shown(group))
        {
            // Nothing a count could be worked out from (no respondents, invited or rate), only why, for its head's mail.
            var reason = totals.Respondents < minGroupForScores ? SuppressionReason.TooFewRespondents : SuppressionReason.ProtectsAnotherGroup;
            return new GroupResult(group.Key, group.Name, group.Parent, null, false, false, null, null, null, [], [], [], reason);
        }

        var before = LastYear(group.Key);
        var items = itemIds.Select((id, item) => visibility.ItemShown(group, item)
            ? Summary(id, totals.Counts.AsSpan(item * 5, 5), Answers(totals.Counts, item), before)
            : ScoreSummary.Hidden(id)).ToList();
        var categories = questionnaire.Categories.Select((category, c) => visibility.CategoryShown(group, c)
            ? Summary(category.Id, Pool(totals.Counts, item => itemCategory[item] == c && visibility.ItemShown(group, item)),
                totals.CategoryRespondents[c], before)
            : ScoreSummary.Hidden(category.Id)).ToList();
        var overall = Summary(ScoreSummary.Overall, Pool(totals.Counts, item => visibility.ItemShown(group, item)), totals.Respondents, before);
        var rate = group.Invited > 0 ? (double)totals.Respondents / group.Invited : (double?)null;
        var published = comments.Of(group);
        return new GroupResult(group.Key, group.Name, group.Parent, group.Invited, true, published is not null, totals.Respondents, rate,
            overall, categories, items, published ?? []);
    }

    private static int Answers(int[] counts, int item) =>
        counts[item * 5] + counts[(item * 5) + 1] + counts[(item * 5) + 2] + counts[(item * 5) + 3] + counts[(item * 5) + 4];

    /// <summary>The distributions of the included items added up: a sum of published numbers, so it tells nothing new.</summary>
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
}
