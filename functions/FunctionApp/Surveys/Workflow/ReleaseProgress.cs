namespace Transformation.Surveys.Workflow;

/// <summary>One release pass after the close: how many answers moved, how many still wait.</summary>
public sealed record ReleaseProgress(int Released, int Waiting);
