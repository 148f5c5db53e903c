namespace Transformation.TeamUp.Workflow;

/// <summary>The answer to opening a season: which one, and whether this call started it.</summary>
public sealed record SeasonLaunch(string SeasonId, string InstanceId, bool Started);
