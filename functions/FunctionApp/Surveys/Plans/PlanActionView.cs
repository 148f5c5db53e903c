namespace Transformation.Surveys.Plans;

/// <summary>An action as the API shows it, with its position (progress reports refer to it).</summary>
public sealed record PlanActionView(int Index, string Description, string Owner, DateOnly Due, PlanActionStatus Status);
