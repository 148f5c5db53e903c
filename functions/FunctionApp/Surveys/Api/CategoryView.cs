namespace Transformation.Surveys.Api;

/// <summary>One category of the questionnaire, in the reader's language.</summary>
public sealed record CategoryView(string Id, string Name, IReadOnlyList<ItemView> Items);
