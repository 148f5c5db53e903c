namespace Transformation.Surveys.Results.HeatMap;

/// <summary>One division of the heat map, with its bureau, and one cell per category then "overall".</summary>
public sealed record HeatMapRow(string DivisionCode, string DivisionName, string BureauCode, string BureauName, IReadOnlyList<HeatMapCell> Cells);
