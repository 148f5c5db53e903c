namespace Transformation.TeamUp.Judging;

/// <summary>One line of the ranking for HR: the entry, its score, how its place was decided, the award the ranking proposes for it.</summary>
public sealed record RankingRowView(
    int Rank,
    string DivisionCode,
    string DivisionName,
    string BureauCode,
    string BureauName,
    double? Score,
    double? RawWeightedMean,
    int Judges,
    int FirstPlaces,
    decimal HoursPerMonthSaved,
    string? DecidedBy,
    bool Tied,
    string? ProposedAwardId,
    string? ProposedAward);
