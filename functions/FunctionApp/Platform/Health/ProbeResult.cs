namespace Transformation.Platform.Health;

public sealed record ProbeResult(bool Ok, long Milliseconds, string? Error);
