using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

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
            return Refuse(http, StatusCodes.Status403Forbidden, "This endpoint declares no roles and is closed.");
        }

        if (!await TryAuthenticateAsync(http).ConfigureAwait(false) || Caller.From(http.User, signIn.Value.StaffIdClaim) is null)
        {
            return Refuse(http, StatusCodes.Status401Unauthorized, null);
        }

        var caller = Caller.From(http.User, signIn.Value.StaffIdClaim)!;
        if (access.Roles.Count > 0 && !access.Roles.Any(caller.IsIn))
        {
            return Refuse(http, StatusCodes.Status403Forbidden, null);
        }

        return null;
    }

    // A browser opening a page gets a page (or the sign-in page); an API client gets problem+json.
    private IActionResult Refuse(HttpContext http, int status, string? why)
    {
        if (!WantsPage(http.Request))
        {
            return status == StatusCodes.Status401Unauthorized ? Problems.Unauthorized(http) : Problems.Forbidden(http, why);
        }

        var language = Languages.Of(http.Request);
        if (status == StatusCodes.Status401Unauthorized && HttpMethods.IsGet(http.Request.Method) && !string.IsNullOrWhiteSpace(signIn.Value.PageUrl))
        {
            var returnUrl = Uri.EscapeDataString(http.Request.PathBase + http.Request.Path + http.Request.QueryString);
            return new RedirectResult(signIn.Value.PageUrl.Replace("{returnUrl}", returnUrl, StringComparison.Ordinal));
        }

        return PageResults.Error(http.Request, language, status);
    }

    private static bool WantsPage(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

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
