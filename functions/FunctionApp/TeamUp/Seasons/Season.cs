namespace Transformation.TeamUp.Seasons;

/// <summary>
/// One year's Team-Up Challenge: the roster snapshot it runs on (divisions, heads, bureaus of judges),
/// its deadlines, its panel. <see cref="JudgingDeadlineUtc"/> is set when judging opens.
/// </summary>
public sealed record Season(
    string SeasonId,
    string SnapshotId,
    string Phase,
    DateTimeOffset OpenedAtUtc,
    DateTimeOffset EntryDeadlineUtc,
    DateTimeOffset? JudgingDeadlineUtc,
    IReadOnlyList<string> Panel,
    string? PanelNamedBy,
    string OpenedBy)
{
    /// <summary>Entries can be written until the entry deadline, whatever the orchestration is doing.</summary>
    public bool AcceptsEntries(DateTimeOffset now) => Phase == SeasonPhase.Entries && now < EntryDeadlineUtc;

    /// <summary>Entries are public once the deadline has passed (even before the orchestration has moved on).</summary>
    public bool IsPublished(DateTimeOffset now) => SeasonPhase.IsPublished(Phase) || now >= EntryDeadlineUtc;

    /// <summary>Scores are taken while judging is open: the panel named and the judging deadline ahead.</summary>
    public bool AcceptsScores(DateTimeOffset now) => Phase == SeasonPhase.Judging && JudgingDeadlineUtc is { } until && now < until;

    public bool IsJudge(string staffId) => Panel.Contains(staffId, StringComparer.Ordinal);
}
