using System.Runtime.CompilerServices;
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

    private static readonly ConditionalWeakTable<RatingQuestionnaire, Layout> Layouts = new();

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
        var layout = Layouts.GetValue(questionnaire, q => new Layout(q));
        var own = answers.Where(a => a.SubjectId == subjectId).ToList();
        var self = own.FirstOrDefault(a => a.Group == RaterGroup.Self);
        var shown = OtherGroups
            .Select(g => own.Where(a => a.Group == g).ToList() is { Count: > 0 } of && GroupShown(g, of.Count, options)
                ? new GroupTally(g, of, layout)
                : null)
            .OfType<GroupTally>()
            .ToList();

        var lastItems = lastYear?.Items.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var lastCategories = lastYear?.Categories.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var items = new List<ReportRow>(layout.Items.Count);
        var categories = new List<ReportRow>(questionnaire.Categories.Count);
        for (var c = 0; c < questionnaire.Categories.Count; c++)
        {
            var category = questionnaire.Categories[c];
            foreach (var i in layout.CategoryItems[c])
            {
                var item = layout.Items[i];
                var figures = new List<GroupFigure>(shown.Count);
                foreach (var tally in shown)
                {
                    if (tally.ItemFigure(i, Minimum(tally.Group, options)) is { } figure)
                    {
                        figures.Add(figure);
                    }
                }

                double? mine = self is not null && self.Scores.TryGetValue(item.Id, out var score) && score is >= 1 and <= 5 ? score : null;
                items.Add(Row(item.Id, item.CategoryId, mine, figures, lastItems?.GetValueOrDefault(item.Id)));
            }

            var categoryFigures = new List<GroupFigure>(shown.Count);
            foreach (var tally in shown)
            {
                if (tally.CategoryFigure(layout.CategoryItems[c], Minimum(tally.Group, options)) is { } figure)
                {
                    categoryFigures.Add(figure);
                }
            }

            var selfScores = self is null
                ? []
                : category.Items.Where(i => self.Scores.ContainsKey(i.Id)).Select(i => self.Scores[i.Id]).ToList();
            categories.Add(Row(category.Id, null, selfScores.Count == 0 ? null : selfScores.Average(), categoryFigures,
                lastCategories?.GetValueOrDefault(category.Id)));
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

    internal static double Mean(int[] distribution)
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

    /// <summary>The questionnaire as indexes: item ids to positions, and each category's item positions. Made once per questionnaire.</summary>
    private sealed class Layout
    {
        public Layout(RatingQuestionnaire questionnaire)
        {
            Items = [.. questionnaire.Items];
            Index = Items.Select((item, i) => (item.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            CategoryItems = [.. questionnaire.Categories.Select(c => c.Items.Select(i => Index[i.Id]).ToArray())];
        }

        public IReadOnlyList<RatingItem> Items { get; }

        public Dictionary<string, int> Index { get; }

        public IReadOnlyList<int[]> CategoryItems { get; }
    }

    /// <summary>
    /// One shown group's answers counted in a single pass over their scores: how many gave each score to each item,
    /// and which items each respondent scored.
    /// </summary>
    private sealed class GroupTally
    {
        private readonly int[] _counts;
        private readonly bool[] _scored;
        private readonly int _items;

        public GroupTally(RaterGroup group, List<RatingAnswer> answers, Layout layout)
        {
            Group = group;
            Answers = answers;
            _items = layout.Items.Count;
            _counts = new int[_items * 5];
            _scored = new bool[answers.Count * _items];
            for (var a = 0; a < answers.Count; a++)
            {
                foreach (var (id, score) in answers[a].Scores)
                {
                    if (score is >= 1 and <= 5 && layout.Index.TryGetValue(id, out var item))
                    {
                        _counts[(item * 5) + score - 1]++;
                        _scored[(a * _items) + item] = true;
                    }
                }
            }
        }

        public RaterGroup Group { get; }

        public List<RatingAnswer> Answers { get; }

        /// <summary>The item's figure, when it has at least <paramref name="minimum"/> scores.</summary>
        public GroupFigure? ItemFigure(int item, int minimum)
        {
            var distribution = _counts.AsSpan(item * 5, 5).ToArray();
            var count = distribution[0] + distribution[1] + distribution[2] + distribution[3] + distribution[4];
            return count >= minimum ? new GroupFigure(Group, Mean(distribution), count, distribution) : null;
        }

        /// <summary>
        /// The category's figure: the respondents who scored one of its items shown for this group, and the pooled
        /// scores of those items (so it adds up from the group's shown item figures); none below the minimum.
        /// </summary>
        public GroupFigure? CategoryFigure(int[] categoryItems, int minimum)
        {
            var shown = categoryItems.Where(i => ItemCount(i) >= minimum).ToArray();
            if (shown.Length == 0)
            {
                return null;
            }

            var respondents = 0;
            for (var a = 0; a < Answers.Count; a++)
            {
                foreach (var i in shown)
                {
                    if (_scored[(a * _items) + i])
                    {
                        respondents++;
                        break;
                    }
                }
            }

            if (respondents < minimum)
            {
                return null;
            }

            var distribution = new int[5];
            foreach (var i in shown)
            {
                for (var s = 0; s < 5; s++)
                {
                    distribution[s] += _counts[(i * 5) + s];
                }
            }

            return new GroupFigure(Group, Mean(distribution), respondents, distribution);
        }

        private int ItemCount(int item)
        {
            var from = item * 5;
            return _counts[from] + _counts[from + 1] + _counts[from + 2] + _counts[from + 3] + _counts[from + 4];
        }
    }
}
