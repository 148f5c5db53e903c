namespace Transformation.TeamUp.Publication;

/// <summary>
/// A submitted entry in the published list: its division, the hours a month it saves, its mission, and the excerpt a search
/// matched.
/// </summary>
public sealed record PublishedEntry(
    string DivisionCode,
    string DivisionName,
    string BureauCode,
    string BureauName,
    decimal HoursPerMonthSaved,
    int StopWorkCount,
    int InitiativeCount,
    string Mission,
    string? Excerpt,
    DateTimeOffset? SubmittedAtUtc);
