namespace Transformation.Surveys.Workflow;

/// <summary>A new deadline for the cycle store.</summary>
public sealed record CycleDeadline(string CycleId, DateTime ClosesAtUtc);
