namespace Transformation.Surveys.Api;

/// <summary>The answer to a successful submission.</summary>
public sealed record SubmittedView(bool Submitted);
