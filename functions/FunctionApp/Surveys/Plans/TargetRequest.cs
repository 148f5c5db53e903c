namespace Transformation.Surveys.Plans;

/// <summary>A targeted item in JSON: <c>{ "itemId": "W01", "target": 3.5 }</c>.</summary>
public sealed record TargetRequest(string? ItemId, double? Target);
