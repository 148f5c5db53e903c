namespace Transformation.TeamUp.Judging;

/// <summary>The stated tie-break rules, in order, as <see cref="RankedEntry.DecidedBy"/> names them.</summary>
public static class TieBreaks
{
    /// <summary>More judges gave the entry their highest weighted score.</summary>
    public const string FirstPlaces = "first-places";

    /// <summary>More hours a month of stopped work.</summary>
    public const string Hours = "hours";
}
