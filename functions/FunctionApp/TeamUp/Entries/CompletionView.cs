namespace Transformation.TeamUp.Entries;

/// <summary>How far the divisions the caller may see have come with their entries (HR: all; a coordinator: their bureau).</summary>
public sealed record CompletionView(
    string SeasonId,
    DateTimeOffset EntryDeadlineUtc,
    bool Open,
    IReadOnlyList<CompletionBureau> Bureaus,
    IReadOnlyList<CompletionRow> Divisions);
