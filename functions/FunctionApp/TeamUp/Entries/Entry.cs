namespace Transformation.TeamUp.Entries;

/// <summary>A division's entry in a season, with who last changed it and the ETag that guards the next change.</summary>
public sealed record Entry(
    string SeasonId,
    string DivisionCode,
    string DivisionName,
    string BureauCode,
    string BureauName,
    EntryContent Content,
    string Status,
    DateTimeOffset UpdatedAtUtc,
    string UpdatedBy,
    DateTimeOffset? SubmittedAtUtc,
    string ETag)
{
    public bool IsSubmitted => Status == EntryStatus.Submitted;
}
