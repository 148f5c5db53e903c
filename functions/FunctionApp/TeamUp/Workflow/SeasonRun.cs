namespace Transformation.TeamUp.Workflow;

/// <summary>The input of a season's orchestration: which season, when and by whom it was opened.</summary>
public sealed record SeasonRun(string SeasonId, DateTime OpenedAtUtc, string By);
