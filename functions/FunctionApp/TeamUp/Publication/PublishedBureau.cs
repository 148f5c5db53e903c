namespace Transformation.TeamUp.Publication;

/// <summary>
/// A bureau in the published list: how many entries it submitted and the hours a month they save (all of them,
/// whatever the search or the bureau chosen), and its entries that match the search and the bureau chosen
/// (none when another bureau is chosen).
/// </summary>
public sealed record PublishedBureau(
    string BureauCode,
    string BureauName,
    int SubmittedCount,
    decimal HoursPerMonthSaved,
    IReadOnlyList<PublishedEntry> Entries);
