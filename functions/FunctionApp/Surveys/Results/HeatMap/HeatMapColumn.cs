using Transformation.Platform.Localization;

namespace Transformation.Surveys.Results.HeatMap;

/// <summary>A column of the heat map: a category, or "overall".</summary>
public sealed record HeatMapColumn(string Id, Text Name);
