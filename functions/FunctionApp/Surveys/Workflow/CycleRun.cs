namespace Transformation.Surveys.Workflow;

/// <summary>The input of a cycle's orchestration.</summary>
public sealed record CycleRun(string CycleId, DateTime LaunchedAtUtc, string LaunchedBy);
