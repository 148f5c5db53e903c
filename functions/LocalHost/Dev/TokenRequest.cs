namespace Transformation.LocalHost.Dev;

/// <summary>POST /dev/token body: who to mint a token for.</summary>
public sealed record TokenRequest(string? StaffId, string[]? Roles, string? Name, int? LifetimeSeconds);
