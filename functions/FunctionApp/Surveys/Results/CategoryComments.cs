namespace Transformation.Surveys.Results;

/// <summary>The free-text comments of one category from a group's respondents, in no particular order.</summary>
public sealed record CategoryComments(string CategoryId, IReadOnlyList<string> Comments);
