using System.Security.Claims;

namespace Transformation.Platform.Security;

/// <summary>The signed-in person behind a request: their roster staff id and app roles.</summary>
public sealed record Caller(string StaffId, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public static Caller? From(ClaimsPrincipal user, string staffIdClaim)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var staffId = user.FindFirst(staffIdClaim)?.Value;
        if (string.IsNullOrWhiteSpace(staffId))
        {
            return null;
        }

        var roles = user.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Caller(staffId, roles);
    }
}
