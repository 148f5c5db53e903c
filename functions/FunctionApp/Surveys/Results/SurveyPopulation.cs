namespace Transformation.Surveys.Results;

/// <summary>
/// The structure results are reported in: every invited division with its bureau and invited count.
/// Built from the cycle's roster snapshot and participation counts; it carries nobody's identity.
/// </summary>
public sealed record SurveyPopulation(IReadOnlyList<PopulationDivision> Divisions)
{
    /// <summary>From a plain map of invited counts per division and the roster's division → bureau structure.</summary>
    public static SurveyPopulation From(
        IEnumerable<(string DivisionCode, string DivisionName, string BureauCode, string BureauName)> divisions,
        IReadOnlyDictionary<string, int> invitedByDivision)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        ArgumentNullException.ThrowIfNull(invitedByDivision);
        return new SurveyPopulation(divisions
            .Select(d => new PopulationDivision(d.DivisionCode, d.DivisionName, d.BureauCode, d.BureauName,
                invitedByDivision.TryGetValue(d.DivisionCode, out var invited) ? invited : 0))
            .ToList());
    }
}
