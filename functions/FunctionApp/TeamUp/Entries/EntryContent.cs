namespace Transformation.TeamUp.Entries;

/// <summary>
/// What a division enters: its management policy (運営方針: mission, priorities, how the team works), the work it
/// will stop (止める仕事) and its team initiatives with their results.
/// </summary>
public sealed record EntryContent(
    string Mission,
    string Priorities,
    string WayOfWorking,
    IReadOnlyList<StopWorkItem> StopWork,
    IReadOnlyList<TeamInitiative> Initiatives)
{
    public static readonly EntryContent Empty = new("", "", "", [], []);

    /// <summary>Hours a month the division saves by the work it stops.</summary>
    public decimal HoursPerMonthSaved => StopWork.Sum(s => s.HoursPerMonth);
}
