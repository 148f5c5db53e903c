namespace Transformation.LocalHost.Dev;

/// <summary>Who signs in at the development issuer: their email, display name and, when the tenant maps one, staff id.</summary>
public sealed record DevPerson(string Email, string Name, string? StaffId);
