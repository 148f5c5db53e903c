namespace Transformation.TeamUp.Publication;

/// <summary>
/// A bureau in the published list: how many entries it submitted and the hours a month they save (all of them,
/// whatever the search), and the entries that match the search.
/// </summary>
public sealed record PublishedBureau(
    string BureauCode,
    string BureauName,
    int SubmittedCount,
    decimal HoursPerMonthSaved,
    IReadOnlyList<PublishedEntry> Entries);
