using System.Reflection;
using Microsoft.AspNetCore.Authorization;

namespace Transformation.Platform.Security;

/// <summary>What an HTTP function declares about its callers.</summary>
public sealed record EndpointAccess(bool IsDeclared, bool IsPublic, IReadOnlyList<string> Roles)
{
    public static EndpointAccess Read(MethodInfo method)
    {
        if (method.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
        {
            return new EndpointAccess(true, true, []);
        }

        var authorize = method.GetCustomAttributes<AuthorizeAttribute>().ToList();
        if (authorize.Count == 0)
        {
            return new EndpointAccess(false, false, []);
        }

        var roles = authorize
            .SelectMany(a => (a.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new EndpointAccess(true, false, roles);
    }
}
