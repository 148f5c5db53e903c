namespace Transformation.Surveys.Results.Aggregation;

/// <summary>
/// What one cycle may publish, decided once over the whole hierarchy: which groups (by respondents), which items
/// and categories inside a shown group (each by its own count), and which divisions' comments.
/// </summary>
/// <remarks>
/// Every count gets the same rule as respondents (<see cref="Suppression"/>), over the same tree, starting from
/// the groups already hidden: an item's answer count (items may be skipped), then a category's respondents (also
/// hidden where none of its items is shown). Category and overall scores pool only the items shown in that same
/// group, so they are sums of published item distributions and tell nothing the items do not.
/// Comments: a division's, when it is shown and has at least <see cref="SurveyResultsOptions.MinGroupForComments"/>
/// respondents; a bureau's or the ministry's list holds only those divisions' comments, so no list, and no
/// difference of lists, holds a comment of a smaller group.
/// </remarks>
internal sealed class Visibility
{
    private readonly SuppressionResult[] _items;
    private readonly SuppressionResult[] _categories;

    private Visibility(SuppressionResult groups, SuppressionResult[] items, SuppressionResult[] categories, bool[] divisionComments)
    {
        Groups = groups;
        _items = items;
        _categories = categories;
        DivisionComments = divisionComments;
    }

    public SuppressionResult Groups { get; }

    /// <summary>Per division (index): may its comments be published, in its own list and in its bureau's and the ministry's.</summary>
    public IReadOnlyList<bool> DivisionComments { get; }

    public bool Shown(LayoutGroup group) => !Groups.IsHidden(group.Key.Level, group.Index);

    public bool ItemShown(LayoutGroup group, int item) => !_items[item].IsHidden(group.Key.Level, group.Index);

    public bool CategoryShown(LayoutGroup group, int category) => !_categories[category].IsHidden(group.Key.Level, group.Index);

    /// <param name="counts">[division][item][score − 1], as the tally keeps them.</param>
    /// <param name="categoryRespondents">[division][category].</param>
    public static Visibility Decide(GroupLayout layout, int[] itemCategory, int categories, int[] counts, int[] respondents,
        int[] categoryRespondents, SurveyResultsOptions options)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(itemCategory);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = options.MinGroupForScores;
        var divisions = respondents.Length;
        var items = itemCategory.Length;
        var groups = Suppression.Apply(layout.Tree(respondents), threshold);

        var itemResults = new SuppressionResult[items];
        for (var item = 0; item < items; item++)
        {
            var answers = new int[divisions];
            for (var d = 0; d < divisions; d++)
            {
                var from = ((d * items) + item) * 5;
                answers[d] = counts[from] + counts[from + 1] + counts[from + 2] + counts[from + 3] + counts[from + 4];
            }

            itemResults[item] = Suppression.Apply(layout.Tree(answers), threshold, groups);
        }

        var categoryResults = new SuppressionResult[categories];
        for (var c = 0; c < categories; c++)
        {
            var category = c;
            var perDivision = Enumerable.Range(0, divisions).Select(d => categoryRespondents[(d * categories) + category]).ToArray();
            var ofCategory = Enumerable.Range(0, items).Where(i => itemCategory[i] == category).ToList();
            var noItemShown = groups.Or((level, index) => ofCategory.All(i => itemResults[i].IsHidden(level, index)));
            categoryResults[c] = Suppression.Apply(layout.Tree(perDivision), threshold, noItemShown);
        }

        var divisionComments = Enumerable.Range(0, divisions)
            .Select(d => !groups.DivisionHidden[d] && respondents[d] >= options.MinGroupForComments)
            .ToArray();
        return new Visibility(groups, itemResults, categoryResults, divisionComments);
    }
}
