namespace Transformation.Surveys.Workflow;

/// <summary>A launch: the cycle's instance, and whether this call started it (false: it was already running or done).</summary>
public sealed record LaunchOutcome(string CycleId, string InstanceId, bool Started);
