namespace Transformation.Surveys.Plans;

/// <summary>A targeted item as the API shows it: the statement, this cycle's mean (null when suppressed) and the target.</summary>
public sealed record PlanTargetView(string ItemId, string Statement, double? Current, double Target);
