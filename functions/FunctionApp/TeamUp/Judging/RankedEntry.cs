namespace Transformation.TeamUp.Judging;

/// <summary>
/// One entry's place. <see cref="Score"/> is the mean of the judges' z-scores (null when no judge scored it completely);
/// <see cref="RawWeightedMean"/> the plain mean of the weighted scores, shown for comparison only.
/// <see cref="DecidedBy"/> names the tie-break that separated it from entries with the same score
/// (<see cref="TieBreaks.FirstPlaces"/> or <see cref="TieBreaks.Hours"/>); <see cref="Tied"/> means it shares its rank.
/// </summary>
public sealed record RankedEntry(
    int Rank,
    string DivisionCode,
    double? Score,
    double? RawWeightedMean,
    int Judges,
    int FirstPlaces,
    decimal HoursPerMonthSaved,
    string? DecidedBy,
    bool Tied);
