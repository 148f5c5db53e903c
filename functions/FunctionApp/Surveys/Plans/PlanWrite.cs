namespace Transformation.Surveys.Plans;

/// <summary>The outcome of a write and the plan as it now stands (null when there is none).</summary>
public sealed record PlanWrite(PlanWriteOutcome Outcome, ImprovementPlan? Plan);
