namespace Transformation.Surveys.Results.HeatMap;

/// <summary>One division × category cell: the gap of the division's mean to the ministry's, or suppressed (no number at all).</summary>
public sealed record HeatMapCell(string CategoryId, bool Suppressed, double? Mean, double? GapToMinistry);
