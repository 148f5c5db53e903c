namespace Transformation.Surveys.Plans;

/// <summary>The head's report on one action (by its position in the plan): its status now and a note.</summary>
public sealed record ActionProgress(int Action, PlanActionStatus Status, string? Note);
