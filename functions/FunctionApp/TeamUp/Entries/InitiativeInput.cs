namespace Transformation.TeamUp.Entries;

/// <summary>A team initiative as sent.</summary>
public sealed record InitiativeInput(string? Title, string? Description, string? Results);
