namespace Transformation.Platform.Durable;

/// <summary>What came first: the decision (with its payload, as JSON) or the deadline.</summary>
public sealed record DecisionOutcome(bool Decided, string? Payload, DateTime AtUtc);
