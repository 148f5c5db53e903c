namespace Transformation.TeamUp.Workflow;

/// <summary>What a season came to, as its orchestration's output.</summary>
public sealed record SeasonOutcome(string SeasonId, int Divisions, int Submitted, int Ranked, int Winners, int Mailed);
