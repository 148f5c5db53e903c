namespace Transformation.TeamUp.Entries;

/// <summary>A team initiative in JSON.</summary>
public sealed record InitiativeRequest(string? Title, string? Description, string? Results);
