namespace Transformation.LocalHost.Dev;

/// <summary>
/// POST /dev/token body: who to mint a token for. A staff id gives a token with the staff_id claim (and the roster
/// email where known); an email alone gives the token of a tenant that maps no staff id, matched by email.
/// </summary>
public sealed record TokenRequest(string? StaffId, string[]? Roles, string? Name, int? LifetimeSeconds, string? Email = null);
