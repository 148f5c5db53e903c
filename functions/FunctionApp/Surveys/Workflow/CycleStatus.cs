namespace Transformation.Surveys.Workflow;

/// <summary>The orchestration's custom status: its phase, and the deadline as the orchestration knows it.</summary>
public sealed record CycleStatus(string Phase, DateTime? ClosesAtUtc);
