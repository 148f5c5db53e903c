namespace Transformation.TeamUp.Seasons;

/// <summary>
/// HR's approval of the ranking: the division codes that receive the awards, in award order (the proposed top
/// entries, or an order HR adjusted), with the comment HR gave. An adjusted order must say why.
/// </summary>
public sealed record AwardDecision(
    IReadOnlyList<string> Order,
    bool Adjusted,
    string Comment,
    string DecidedBy,
    DateTimeOffset DecidedAtUtc);
