namespace Transformation.TeamUp.Entries;

/// <summary>
/// An entry as the API answers it: the content, its standing (not-started, draft, submitted), the hours a month
/// saved, whether the caller may still change it, and the deadline.
/// </summary>
public sealed record EntryView(
    string SeasonId,
    string DivisionCode,
    string DivisionName,
    string BureauCode,
    string BureauName,
    string HeadName,
    string Status,
    bool Editable,
    DateTimeOffset EntryDeadlineUtc,
    decimal HoursPerMonthSaved,
    EntryContent Content,
    DateTimeOffset? UpdatedAtUtc,
    string? UpdatedBy,
    DateTimeOffset? SubmittedAtUtc,
    string? ETag);
