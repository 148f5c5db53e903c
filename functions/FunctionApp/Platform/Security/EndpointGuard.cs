using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Transformation.Platform.Http;

namespace Transformation.Platform.Security;

/// <summary>
/// Checks the caller of an HTTP function against the roles the function declares with
/// <see cref="AuthorizeAttribute"/> or <see cref="AllowAnonymousAttribute"/>. Both hosts call it
/// before the function runs, so a route cannot be served without its check.
/// A function that declares neither is refused: forgetting to declare fails closed.
/// </summary>
public sealed class EndpointGuard(IOptions<SignInOptions> signIn)
{
    private static readonly ConcurrentDictionary<MethodInfo, EndpointAccess> Cache = new();

    public static EndpointAccess AccessOf(MethodInfo method) => Cache.GetOrAdd(method, EndpointAccess.Read);

    /// <summary>Returns null when the caller may proceed, else the 401/403 answer to send.</summary>
    public async Task<IActionResult?> CheckAsync(HttpContext http, MethodInfo function)
    {
        var access = AccessOf(function);
        if (access.IsPublic)
        {
            // Public routes still see who is signed in, when someone is.
            await TryAuthenticateAsync(http).ConfigureAwait(false);
            return null;
        }

        if (!access.IsDeclared)
        {
            return Problems.Forbidden(http, "This endpoint declares no roles and is closed.");
        }

        if (!await TryAuthenticateAsync(http).ConfigureAwait(false) || Caller.From(http.User, signIn.Value.StaffIdClaim) is null)
        {
            return Problems.Unauthorized(http);
        }

        var caller = Caller.From(http.User, signIn.Value.StaffIdClaim)!;
        if (access.Roles.Count > 0 && !access.Roles.Any(caller.IsIn))
        {
            return Problems.Forbidden(http, null);
        }

        return null;
    }

    private static async Task<bool> TryAuthenticateAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme).ConfigureAwait(false);
        if (result.Succeeded)
        {
            http.User = result.Principal;
        }

        return result.Succeeded;
    }
}
