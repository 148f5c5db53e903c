namespace Transformation.Platform.Scheduling;

/// <summary>A launch: the year's run, its instance, and whether this call started it (false: it was already running or done).</summary>
public sealed record YearlyLaunchOutcome(string RunId, string InstanceId, bool Started);
