namespace Transformation.Surveys.Plans;

/// <summary>One action's progress in JSON: its index in the plan, status code and note.</summary>
public sealed record ProgressItemRequest(int? Action, string? Status, string? Note);
