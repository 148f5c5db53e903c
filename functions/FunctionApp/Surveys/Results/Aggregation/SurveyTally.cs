using System.Collections.Frozen;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Results.Aggregation;

/// <summary>
/// The single pass over a cycle's responses. It keeps counts per division × item × score (and the comments),
/// never the responses, so memory grows with groups × items, not with respondents. Bureau and ministry
/// totals are sums of their divisions, made once at the end.
/// </summary>
public sealed class SurveyTally
{
    private const int Scale = 5;

    private readonly string _cycleId;
    private readonly SurveyQuestionnaire _questionnaire;
    private readonly SurveyPopulation _population;
    private readonly SurveyResults? _lastYear;
    private readonly SurveyResultsOptions _options;
    private readonly string[] _itemIds;
    private readonly int[] _itemCategory;
    private readonly FrozenDictionary<string, int> _itemIndex;
    private readonly FrozenDictionary<string, int> _categoryIndex;
    private readonly FrozenDictionary<string, int> _divisionIndex;
    private readonly int _items;
    private readonly int _categories;

    // [division][item][score − 1], flat so one response touches one contiguous block.
    private readonly int[] _counts;
    private readonly int[] _respondents;

    // [division][category]: respondents who answered at least one item of the category.
    private readonly int[] _categoryRespondents;
    private readonly int[] _categorySeen;
    private readonly List<string>?[] _comments;
    private int _stamp;
    private bool _completed;

    internal SurveyTally(
        string cycleId, SurveyQuestionnaire questionnaire, SurveyPopulation population, SurveyResults? lastYear, SurveyResultsOptions options)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(population);
        _cycleId = cycleId;
        _questionnaire = questionnaire;
        // Divisions in code order, so a division's index is its place in the results and in tie-breaks.
        _population = population with { Divisions = population.Divisions.OrderBy(d => d.DivisionCode, StringComparer.Ordinal).ToList() };
        var duplicate = _population.Divisions.GroupBy(d => d.DivisionCode, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Division {duplicate.Key} appears twice in the population.", nameof(population));
        }
        _lastYear = lastYear;
        _options = options;
        var items = questionnaire.Items.ToArray();
        _items = items.Length;
        _categories = questionnaire.Categories.Count;
        _itemIds = items.Select(i => i.Id).ToArray();
        _itemIndex = _itemIds.Select((id, index) => KeyValuePair.Create(id, index)).ToFrozenDictionary(StringComparer.Ordinal);
        _categoryIndex = questionnaire.Categories.Select((c, index) => KeyValuePair.Create(c.Id, index)).ToFrozenDictionary(StringComparer.Ordinal);
        _itemCategory = items.Select(i => _categoryIndex.TryGetValue(i.CategoryId, out var c) ? c
            : throw new ArgumentException(
                $"Item {i.Id} names category {i.CategoryId}, which the questionnaire does not have.", nameof(questionnaire))).ToArray();
        _divisionIndex = _population.Divisions.Select((d, index) => KeyValuePair.Create(d.DivisionCode, index))
            .ToFrozenDictionary(StringComparer.Ordinal);
        var divisions = _population.Divisions.Count;
        _counts = new int[divisions * _items * Scale];
        _respondents = new int[divisions];
        _categoryRespondents = new int[divisions * _categories];
        _categorySeen = new int[_categories];
        _comments = new List<string>?[divisions * _categories];
    }

    /// <summary>Responses left out: another cycle's, or from a division the cycle did not invite.</summary>
    public int SkippedResponses { get; private set; }

    /// <summary>Scores left out: an item id the questionnaire does not have, or a value outside 1–5.</summary>
    public int IgnoredScores { get; private set; }

    public int Responses { get; private set; }

    public void Add(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (_completed)
        {
            throw new InvalidOperationException("This tally is complete; start a new one.");
        }

        if (!string.Equals(response.CycleId, _cycleId, StringComparison.Ordinal)
            || !_divisionIndex.TryGetValue(response.DivisionCode, out var division))
        {
            SkippedResponses++;
            return;
        }

        Responses++;
        _respondents[division]++;
        _stamp++;
        var block = division * _items * Scale;
        var categoryRow = division * _categories;

        // A concrete dictionary is walked with its struct enumerator: no allocation per response.
        if (response.Scores is Dictionary<string, int> concrete)
        {
            var expected = 0;
            foreach (var pair in concrete)
            {
                expected = Count(pair.Key, pair.Value, expected, block, categoryRow);
            }
        }
        else
        {
            var expected = 0;
            foreach (var pair in response.Scores)
            {
                expected = Count(pair.Key, pair.Value, expected, block, categoryRow);
            }
        }

        foreach (var (categoryId, comment) in response.Comments)
        {
            if (!string.IsNullOrWhiteSpace(comment) && _categoryIndex.TryGetValue(categoryId, out var category))
            {
                (_comments[categoryRow + category] ??= []).Add(comment.Trim());
            }
        }
    }

    /// <summary>
    /// Counts one score. Answers usually arrive in questionnaire order, so the next item is tried first
    /// (one string comparison) before the hash look-up. Returns the position to expect next.
    /// </summary>
    private int Count(string itemId, int score, int expected, int block, int categoryRow)
    {
        int item;
        if (expected < _items && string.Equals(_itemIds[expected], itemId, StringComparison.Ordinal))
        {
            item = expected;
        }
        else if (!_itemIndex.TryGetValue(itemId, out item))
        {
            IgnoredScores++;
            return expected;
        }

        if ((uint)(score - 1) >= Scale)
        {
            IgnoredScores++;
            return item + 1;
        }

        _counts[block + (item * Scale) + score - 1]++;
        var category = _itemCategory[item];
        if (_categorySeen[category] != _stamp)
        {
            _categorySeen[category] = _stamp;
            _categoryRespondents[categoryRow + category]++;
        }

        return item + 1;
    }

    /// <summary>Sums bureaus and the ministry, decides what may be shown and builds the published results.</summary>
    public SurveyResults Complete()
    {
        _completed = true;
        var layout = new GroupLayout(_population);
        var totals = GroupTotals.Sum(layout, _items, _categories, _counts, _respondents, _categoryRespondents);
        var visibility = Visibility.Decide(layout, _itemCategory, _categories, _counts, _respondents, _categoryRespondents, _options);
        var categoryIds = _questionnaire.Categories.Select(c => c.Id).ToArray();
        var comments = new PublishedComments(_cycleId, categoryIds, _comments, visibility.DivisionComments);
        var builder = new GroupResultBuilder(
            _questionnaire, _itemIds, _itemCategory, totals, visibility, comments, _options.MinGroupForScores, _lastYear);
        var groups = new List<GroupResult>(layout.Count) { builder.Build(layout.Ministry) };
        groups.AddRange(layout.Bureaus.Select(builder.Build));
        groups.AddRange(layout.Divisions.Select(builder.Build));
        return new SurveyResults(_cycleId, _questionnaire.Version, _options.MinGroupForScores, _options.MinGroupForComments, groups);
    }
}
