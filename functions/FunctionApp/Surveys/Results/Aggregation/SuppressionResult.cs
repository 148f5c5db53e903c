namespace Transformation.Surveys.Results.Aggregation;

/// <summary>Which groups are hidden at one threshold (indexes as in the <see cref="SuppressionTree"/>).</summary>
public sealed record SuppressionResult(bool MinistryHidden, IReadOnlyList<bool> BureauHidden, IReadOnlyList<bool> DivisionHidden);
