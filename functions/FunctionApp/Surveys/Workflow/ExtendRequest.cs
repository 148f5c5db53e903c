namespace Transformation.Surveys.Workflow;

/// <summary>The body of POST /api/surveys/cycles/{cycleId}/extend.</summary>
public sealed record ExtendRequest(DateTimeOffset? ClosesAt);
