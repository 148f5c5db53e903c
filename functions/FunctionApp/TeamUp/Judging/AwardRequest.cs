namespace Transformation.TeamUp.Judging;

/// <summary>Body of POST …/award: optionally the division codes in award order (HR's adjustment), and HR's comment.</summary>
public sealed record AwardRequest(IReadOnlyList<string?>? Order, string? Comment);
