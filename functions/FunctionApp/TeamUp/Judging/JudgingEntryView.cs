namespace Transformation.TeamUp.Judging;

/// <summary>An entry offered to a judge, with the judge's current scores (null before the first save).</summary>
public sealed record JudgingEntryView(
    string DivisionCode,
    string DivisionName,
    string BureauCode,
    string BureauName,
    string Mission,
    decimal HoursPerMonthSaved,
    string EntryUrl,
    IReadOnlyDictionary<string, int>? Scores,
    string? Comment,
    bool Complete,
    DateTimeOffset? ScoredAtUtc);
