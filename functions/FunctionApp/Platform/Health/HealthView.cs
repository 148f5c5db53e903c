namespace Transformation.Platform.Health;

/// <summary>What the health route answers: "healthy" when storage and the durable engine both answer.</summary>
public sealed record HealthView(string Status, ProbeResult Storage, ProbeResult Durable);
