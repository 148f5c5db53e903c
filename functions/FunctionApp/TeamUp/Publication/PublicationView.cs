namespace Transformation.TeamUp.Publication;

/// <summary>
/// The published entries of a season: the search as understood (terms after normalisation), the ministry-wide
/// count and hours a month saved, and the bureaus with their totals and matching entries.
/// </summary>
public sealed record PublicationView(
    string SeasonId,
    string Query,
    string? Bureau,
    IReadOnlyList<string> Terms,
    int SubmittedCount,
    decimal MinistryHoursPerMonthSaved,
    int MatchCount,
    decimal MatchedHoursPerMonthSaved,
    IReadOnlyList<PublishedBureau> Bureaus);
