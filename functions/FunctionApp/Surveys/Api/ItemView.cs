namespace Transformation.Surveys.Api;

/// <summary>One statement.</summary>
public sealed record ItemView(string Id, string Statement);
