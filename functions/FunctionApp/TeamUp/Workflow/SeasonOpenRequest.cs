namespace Transformation.TeamUp.Workflow;

/// <summary>HR's request to open a season; the year defaults to this year in Japan.</summary>
public sealed record SeasonOpenRequest(int? Year);
