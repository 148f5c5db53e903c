namespace Transformation.TeamUp.Workflow;

/// <summary>The orchestration's custom status: the phase and the next deadline it is waiting for (null when it waits for HR).</summary>
public sealed record SeasonStatus(string Phase, DateTime? NextDeadlineUtc);
