namespace Transformation.Surveys.Plans;

/// <summary>One measure of a plan: what, who (a name or a staff id), by when, and where it stands.</summary>
public sealed record PlanAction(string Description, string Owner, DateOnly Due, PlanActionStatus Status);
