namespace Transformation.Surveys.Plans;

/// <summary>A plan as sent (from the form or the API), every value still text, so each fault can be named by field.</summary>
public sealed record PlanInput(IReadOnlyList<TargetInput> Targets, IReadOnlyList<ActionInput> Actions);
