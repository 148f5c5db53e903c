namespace Transformation.Surveys.Plans;

/// <summary>What a division head writes: the targeted items with their target scores, and the actions.</summary>
public sealed record PlanContent(IReadOnlyList<PlanTarget> Targets, IReadOnlyList<PlanAction> Actions);
