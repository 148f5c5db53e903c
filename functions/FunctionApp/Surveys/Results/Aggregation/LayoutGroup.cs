namespace Transformation.Surveys.Results.Aggregation;

/// <summary>
/// One reporting group, the divisions (indexes) it is the sum of, and its place among its level (as in a
/// <see cref="SuppressionResult"/>).
/// </summary>
internal sealed record LayoutGroup(GroupKey Key, string Name, GroupKey? Parent, int Invited, IReadOnlyList<int> Divisions, int Index);
