namespace Transformation.ThreeSixty.Rounds;

/// <summary>The optional body of POST /api/360/rounds.</summary>
public sealed record RoundOpenRequest(int? Year);

/// <summary>The body of POST /api/360/rounds/{roundId}/extend.</summary>
public sealed record RoundExtendRequest(DateTimeOffset? DeadlineAt);
