namespace Transformation.Surveys.Api;

/// <summary>One point of the 5-point scale.</summary>
public sealed record ScaleView(int Value, string Label);
