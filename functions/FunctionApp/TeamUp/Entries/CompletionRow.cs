namespace Transformation.TeamUp.Entries;

/// <summary>One division in the completion list: its head, where its entry stands and when it last changed.</summary>
public sealed record CompletionRow(
    string DivisionCode,
    string DivisionName,
    string BureauCode,
    string BureauName,
    string HeadName,
    string Status,
    DateTimeOffset? UpdatedAtUtc,
    DateTimeOffset? SubmittedAtUtc);
