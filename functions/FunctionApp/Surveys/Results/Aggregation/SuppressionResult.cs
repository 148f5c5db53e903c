namespace Transformation.Surveys.Results.Aggregation;

/// <summary>Which groups are hidden at one threshold (indexes as in the <see cref="SuppressionTree"/>).</summary>
public sealed record SuppressionResult(bool MinistryHidden, IReadOnlyList<bool> BureauHidden, IReadOnlyList<bool> DivisionHidden)
{
    /// <summary>The group at <paramref name="index"/> of its level (the ministry's index is 0).</summary>
    public bool IsHidden(GroupLevel level, int index) => level switch
    {
        GroupLevel.Ministry => MinistryHidden,
        GroupLevel.Bureau => BureauHidden[index],
        _ => DivisionHidden[index],
    };

    /// <summary>This result with more groups hidden (each group hidden in either).</summary>
    public SuppressionResult Or(Func<GroupLevel, int, bool> alsoHidden)
    {
        ArgumentNullException.ThrowIfNull(alsoHidden);
        return new SuppressionResult(
            MinistryHidden || alsoHidden(GroupLevel.Ministry, 0),
            BureauHidden.Select((hidden, b) => hidden || alsoHidden(GroupLevel.Bureau, b)).ToList(),
            DivisionHidden.Select((hidden, d) => hidden || alsoHidden(GroupLevel.Division, d)).ToList());
    }
}
