namespace Transformation.TeamUp.Entries;

/// <summary>One team initiative (knowledge sharing, 1on1s, telework rules…) and what it achieved.</summary>
public sealed record TeamInitiative(string Title, string Description, string Results);
