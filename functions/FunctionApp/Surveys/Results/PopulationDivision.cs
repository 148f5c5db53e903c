namespace Transformation.Surveys.Results;

/// <summary>One division as results need it: its bureau, both names, and how many staff were invited (from participation).</summary>
public sealed record PopulationDivision(string DivisionCode, string DivisionName, string BureauCode, string BureauName, int Invited);
