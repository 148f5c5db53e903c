namespace Transformation.Surveys.Plans;

/// <summary>One targeted item as sent: the item id and the target score, both as text.</summary>
public sealed record TargetInput(string? ItemId, string? Target);
