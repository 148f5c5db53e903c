namespace Transformation.TeamUp.Workflow;

/// <summary>One reminder round of a season (1 = the first); the round goes into the mail key so a retry sends nothing twice.</summary>
public sealed record ReminderRound(string SeasonId, int Round);
