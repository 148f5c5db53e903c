namespace Transformation.Surveys.Workflow;

/// <summary>The optional body of POST /api/surveys/cycles.</summary>
public sealed record LaunchRequest(int? Year);
