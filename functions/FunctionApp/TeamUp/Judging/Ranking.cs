namespace Transformation.TeamUp.Judging;

/// <summary>The proposed ranking of a season, best first (kept on the season's row until HR confirms the awards).</summary>
public sealed record Ranking(IReadOnlyList<RankedEntry> Entries);
