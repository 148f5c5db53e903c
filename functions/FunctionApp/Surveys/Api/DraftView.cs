namespace Transformation.Surveys.Api;

/// <summary>The saved draft: scores per item id, comments per category id.</summary>
public sealed record DraftView(IReadOnlyDictionary<string, int> Scores, IReadOnlyDictionary<string, string> Comments);
