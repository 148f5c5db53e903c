namespace Transformation.Surveys.Results.Aggregation;

/// <summary>
/// The ministry, its bureaus and their divisions, each ordered by code, derived from the population
/// (whose divisions are already in code order: division index = position).
/// </summary>
internal sealed class GroupLayout
{
    public const string MinistryName = "全体";

    public GroupLayout(SurveyPopulation population)
    {
        var divisions = population.Divisions;
        Divisions = divisions
            .Select((d, index) => new LayoutGroup(
                GroupKey.Division(d.DivisionCode), d.DivisionName, GroupKey.Bureau(d.BureauCode), d.Invited, [index], index))
            .ToList();
        Bureaus = divisions
            .Select((d, index) => (d, index))
            .GroupBy(x => x.d.BureauCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, b) => new LayoutGroup(GroupKey.Bureau(g.Key), g.First().d.BureauName, GroupKey.Ministry,
                g.Sum(x => x.d.Invited), g.Select(x => x.index).ToList(), b))
            .ToList();
        Ministry = new LayoutGroup(
            GroupKey.Ministry, MinistryName, null, divisions.Sum(d => d.Invited), Enumerable.Range(0, divisions.Count).ToList(), 0);
    }

    public LayoutGroup Ministry { get; }

    public IReadOnlyList<LayoutGroup> Bureaus { get; }

    public IReadOnlyList<LayoutGroup> Divisions { get; }

    public int Count => 1 + Bureaus.Count + Divisions.Count;

    /// <summary>The hierarchy over any count kept per division (respondents, an item's answers, a category's respondents).</summary>
    public SuppressionTree Tree(IReadOnlyList<int> divisionCounts) =>
        new(divisionCounts, Bureaus.Select(b => b.Divisions).ToList());
}
