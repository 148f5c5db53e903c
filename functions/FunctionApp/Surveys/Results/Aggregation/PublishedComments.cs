namespace Transformation.Surveys.Results.Aggregation;

/// <summary>The comment lists of every group: only divisions whose comments may be published, in <see cref="CommentOrder"/>.</summary>
internal sealed class PublishedComments
{
    private readonly string[] _categoryIds;
    private readonly IReadOnlyList<bool> _divisionShown;
    private readonly List<CommentOrder.Keyed>?[] _keyed;

    /// <param name="comments">[division][category], as the tally keeps them (null where none).</param>
    public PublishedComments(string cycleId, string[] categoryIds, List<string>?[] comments, IReadOnlyList<bool> divisionShown)
    {
        ArgumentNullException.ThrowIfNull(comments);
        _categoryIds = categoryIds;
        _divisionShown = divisionShown;
        // Keys only for comments that may appear anywhere: the others are never looked at again.
        _keyed = comments.Select((list, slot) => list is not null && divisionShown[slot / categoryIds.Length]
            ? list.Select(text => CommentOrder.Key(cycleId, text)).ToList()
            : null).ToArray();
    }

    /// <summary>The group's lists, one per category; null when none of its divisions may publish comments.</summary>
    public List<CategoryComments>? Of(LayoutGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var divisions = group.Divisions.Where(d => _divisionShown[d]).ToList();
        if (divisions.Count == 0)
        {
            return null;
        }

        return _categoryIds.Select((id, c) => new CategoryComments(id,
            CommentOrder.Arrange(divisions.SelectMany(d => _keyed[(d * _categoryIds.Length) + c] ?? [])))).ToList();
    }
}
