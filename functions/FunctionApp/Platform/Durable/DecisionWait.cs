namespace Transformation.Platform.Durable;

/// <summary>Wait for the named event until the deadline.</summary>
public sealed record DecisionWait(string EventName, DateTime DeadlineUtc);
