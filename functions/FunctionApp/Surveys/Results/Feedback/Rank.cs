namespace Transformation.Surveys.Results.Feedback;

/// <summary>A place among the shown groups of the same level: 1 is the highest mean.</summary>
public sealed record Rank(int Position, int Of);
