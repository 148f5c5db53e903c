namespace Transformation.Surveys.Results.HeatMap;

/// <summary>
/// HR's overview: divisions (grouped by bureau, in code order) × categories, each cell the gap to the
/// ministry mean. Suppressed divisions stay in the map, every cell marked suppressed.
/// </summary>
public sealed record ResultsHeatMap(
    string CycleId, IReadOnlyList<HeatMapColumn> Columns, IReadOnlyList<double?> MinistryMeans, IReadOnlyList<HeatMapRow> Rows);
