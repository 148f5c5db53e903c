using Transformation.Surveys.Results.Aggregation;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// Builds one subject's report from their released answers: pure, no storage, so it is checked number by number.
/// </summary>
/// <remarks>
/// The rules, with threshold T (<see cref="ThreeSixtyReportOptions.MinGroupSize"/>):
/// <list type="bullet">
/// <item>Self is always shown: it is the subject's own answer.</item>
/// <item>Subordinates and peers are shown with at least T respondents; the supervisor (one person) only when the
/// round says so (<see cref="ThreeSixtyReportOptions.SupervisorShown"/>), and then alone.</item>
/// <item>In a shown group an item is shown with at least T scores ("cannot judge" is no score); a category with
/// at least T respondents who scored a shown item of it, its mean pooling only those shown items.</item>
/// <item>"All others" pools only what is shown of the groups other than self, item by item; a category's pools
/// the groups' shown category figures. So every figure is a sum of shown figures, and no difference of two of
/// them describes a group, item or category that is left out.</item>
/// </list>
/// </remarks>
public static class ReportBuilder
{
    /// <summary>The groups other than self in the order a report lists them.</summary>
    public static readonly IReadOnlyList<RaterGroup> OtherGroups = [RaterGroup.Supervisor, RaterGroup.Subordinate, RaterGroup.Peer];

    // Means are compared after division: a gap meant to equal the threshold must not miss it by a rounding error.
    private const double Tolerance = 1e-9;

    public static ThreeSixtyReport Build(
        RatingQuestionnaire questionnaire,
        string roundId,
        string subjectId,
        string? bandId,
        IReadOnlyList<RatingAnswer> answers,
        ThreeSixtyReportOptions options,
        ThreeSixtyReport? lastYear)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(options);
        var own = answers.Where(a => a.SubjectId == subjectId).ToList();
        var self = own.FirstOrDefault(a => a.Group == RaterGroup.Self);
        var shown = OtherGroups
            .Select(g => (Group: g, Answers: own.Where(a => a.Group == g).ToList()))
            .Where(g => g.Answers.Count > 0 && GroupShown(g.Group, g.Answers.Count, options))
            .ToList();

        var lastItems = lastYear?.Items.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var lastCategories = lastYear?.Categories.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var items = new List<ReportRow>();
        var categories = new List<ReportRow>();
        foreach (var category in questionnaire.Categories)
        {
            var figures = new List<GroupFigure>();
            var itemRows = category.Items
                .Select(item => ItemRow(item, self, shown, options, lastItems?.GetValueOrDefault(item.Id)))
                .ToList();
            items.AddRange(itemRows);
            foreach (var (group, groupAnswers) in shown)
            {
                if (CategoryFigure(group, groupAnswers, itemRows, options) is { } figure)
                {
                    figures.Add(figure);
                }
            }

            var selfScores = self is null
                ? []
                : category.Items.Where(i => self.Scores.ContainsKey(i.Id)).Select(i => self.Scores[i.Id]).ToList();
            var last = lastCategories?.GetValueOrDefault(category.Id);
            categories.Add(Row(category.Id, null, selfScores.Count == 0 ? null : selfScores.Average(), figures, last));
        }

        var threshold = options.GapThreshold - Tolerance;
        var blindSpots = items.Where(r => r.Gap >= threshold).OrderByDescending(r => r.Gap).Select(r => r.Id).ToList();
        var hiddenStrengths = items.Where(r => r.Gap <= -threshold).OrderBy(r => r.Gap).Select(r => r.Id).ToList();
        return new ThreeSixtyReport(
            roundId,
            subjectId,
            questionnaire.Version,
            bandId,
            [.. shown.Select(g => new GroupCount(g.Group, g.Answers.Count))],
            categories,
            items,
            blindSpots,
            hiddenStrengths,
            Comments(roundId, self, shown.Select(g => g.Answers), options),
            lastYear?.RoundId);
    }

    /// <summary>Fewest scores or respondents a group's figure needs: the supervisor, when shown at all, is shown alone.</summary>
    public static int Minimum(RaterGroup group, ThreeSixtyReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return group == RaterGroup.Supervisor ? 1 : options.MinGroupSize;
    }

    private static bool GroupShown(RaterGroup group, int respondents, ThreeSixtyReportOptions options) => group switch
    {
        RaterGroup.Supervisor => options.SupervisorShown,
        _ => respondents >= options.MinGroupSize,
    };

    private static ReportRow ItemRow(
        RatingItem item,
        RatingAnswer? self,
        List<(RaterGroup Group, List<RatingAnswer> Answers)> shown,
        ThreeSixtyReportOptions options,
        ReportRow? last)
    {
        var figures = new List<GroupFigure>();
        foreach (var (group, groupAnswers) in shown)
        {
            var distribution = new int[5];
            foreach (var answer in groupAnswers)
            {
                if (answer.Scores.TryGetValue(item.Id, out var score) && score is >= 1 and <= 5)
                {
                    distribution[score - 1]++;
                }
            }

            var count = distribution.Sum();
            if (count >= Minimum(group, options))
            {
                figures.Add(new GroupFigure(group, Mean(distribution), count, distribution));
            }
        }

        double? own = self is not null && self.Scores.TryGetValue(item.Id, out var mine) && mine is >= 1 and <= 5 ? mine : null;
        return Row(item.Id, item.CategoryId, own, figures, last);
    }

    /// <summary>
    /// A group's category figure: the respondents who scored a shown item of it, and the pooled scores of those
    /// items (so it adds up from the group's shown item figures); none below the group's minimum.
    /// </summary>
    private static GroupFigure? CategoryFigure(
        RaterGroup group, List<RatingAnswer> answers, List<ReportRow> itemRows, ThreeSixtyReportOptions options)
    {
        var shownItems = itemRows.Where(r => r.Of(group) is not null).Select(r => r.Id).ToList();
        if (shownItems.Count == 0)
        {
            return null;
        }

        var respondents = answers.Count(a => shownItems.Any(a.Scores.ContainsKey));
        if (respondents < Minimum(group, options))
        {
            return null;
        }

        var distribution = new int[5];
        foreach (var id in shownItems)
        {
            var item = itemRows.First(r => r.Id == id).Of(group)!;
            for (var s = 0; s < 5; s++)
            {
                distribution[s] += item.Distribution[s];
            }
        }

        return new GroupFigure(group, Mean(distribution), respondents, distribution);
    }

    private static ReportRow Row(string id, string? categoryId, double? self, List<GroupFigure> figures, ReportRow? last)
    {
        var pooled = new int[5];
        foreach (var figure in figures)
        {
            for (var s = 0; s < 5; s++)
            {
                pooled[s] += figure.Distribution[s];
            }
        }

        double? others = pooled.Sum() == 0 ? null : Mean(pooled);
        // An item counts scores; a category counts respondents, as its groups do.
        var othersCount = figures.Sum(f => f.Count);
        return new ReportRow(id, categoryId, self, figures, others, othersCount, self - others, last?.Self, last?.Others);
    }

    private static double Mean(int[] distribution)
    {
        var count = distribution.Sum();
        var sum = 0;
        for (var s = 0; s < 5; s++)
        {
            sum += (s + 1) * distribution[s];
        }

        return (double)sum / count;
    }

    private static ReportComments Comments(
        string roundId, RatingAnswer? self, IEnumerable<List<RatingAnswer>> shownGroups, ThreeSixtyReportOptions options)
    {
        // Comments need a group of at least T whatever the group: the supervisor, shown alone by setting, never qualifies.
        var commenting = shownGroups.Where(g => g.Count >= options.MinGroupSize).SelectMany(g => g).ToList();
        return new ReportComments(
            Own(self?.Strengths),
            Own(self?.Suggestions),
            Arrange(roundId, commenting.Select(a => a.Strengths)),
            Arrange(roundId, commenting.Select(a => a.Suggestions)));
    }

    private static List<string> Own(string? text) => string.IsNullOrWhiteSpace(text) ? [] : [text.Trim()];

    private static List<string> Arrange(string roundId, IEnumerable<string?> texts) =>
        CommentOrder.Arrange(texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => CommentOrder.Key(roundId, t!.Trim())));
}
