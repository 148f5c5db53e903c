namespace Transformation.Surveys.Results.Aggregation;

/// <summary>One reporting group and the divisions (indexes) it is the sum of.</summary>
internal sealed record LayoutGroup(GroupKey Key, string Name, GroupKey? Parent, int Invited, IReadOnlyList<int> Divisions);
