using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
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
public sealed class EndpointGuard(CallerResolver resolver, IOptions<HttpLimitOptions> limits)
{
    private static readonly ConcurrentDictionary<MethodInfo, EndpointAccess> Cache = new();

    public static EndpointAccess AccessOf(MethodInfo method) => Cache.GetOrAdd(method, EndpointAccess.Read);

    /// <summary>Returns null when the caller may proceed, else the 413/404 (<see cref="RequestGate"/>) or 401/403 answer to send.</summary>
    public async Task<IActionResult?> CheckAsync(HttpContext http, MethodInfo function)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (RequestGate.Check(http, function, limits.Value) is { } gate)
        {
            return GateAnswer(http, gate);
        }

        var access = AccessOf(function);
        if (access.IsPublic)
        {
            // Public routes never authenticate: a survey answer must not meet its author's identity,
            // and an emailed link carries its own credential.
            return null;
        }

        if (!access.IsDeclared)
        {
            return Refuse(http, StatusCodes.Status403Forbidden, "This endpoint declares no roles and is closed.");
        }

        var user = await AuthenticateAsync(http).ConfigureAwait(false);
        if (user is null)
        {
            return Refuse(http, StatusCodes.Status401Unauthorized, null);
        }

        var match = await resolver.ResolveAsync(user, http.RequestAborted).ConfigureAwait(false);
        // Outside the roster only HR administrators get in, with their token's roles: someone must import the
        // first roster and repair a broken one. Everyone else the roster does not know is told so.
        if (!match.InRoster && !match.Caller.IsIn(Roles.HrAdmin))
        {
            return NotInRoster(http, match.Email);
        }

        if (access.Roles.Count > 0 && !access.Roles.Any(match.Caller.IsIn))
        {
            return Refuse(http, StatusCodes.Status403Forbidden, null);
        }

        http.User = user;
        Caller.Attach(http, match.Caller);
        return null;
    }

    /// <summary>
    /// A bearer token wherever one is sent; the browser session only outside <c>api/</c>, so a cookie can never
    /// make a cross-site request to the API count (pages check their forms' anti-forgery tokens).
    /// </summary>
    private static async Task<ClaimsPrincipal?> AuthenticateAsync(HttpContext http)
    {
        var scheme = http.Request.Headers.Authorization.Count > 0 || IsApi(http.Request) ? SignInSchemes.Bearer : SignInSchemes.Session;
        var result = await http.AuthenticateAsync(scheme).ConfigureAwait(false);
        return result.Succeeded ? result.Principal : null;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    // A browser opening a page gets a page (or the sign-in flow); an API client gets problem+json.
    private static IActionResult Refuse(HttpContext http, int status, string? why)
    {
        if (!WantsPage(http.Request))
        {
            return status == StatusCodes.Status401Unauthorized ? Problems.Unauthorized(http) : Problems.Forbidden(http, why);
        }

        if (status == StatusCodes.Status401Unauthorized && HttpMethods.IsGet(http.Request.Method))
        {
            return new RedirectResult(SignInPaths.SignIn(http.Request.PathBase + http.Request.Path + http.Request.QueryString));
        }

        return PageResults.Error(http.Request, Languages.Of(http.Request), status);
    }

    private static IActionResult GateAnswer(HttpContext http, GateRefusal gate)
    {
        var language = Languages.Of(http.Request);
        if (gate.Parameter is { } parameter)
        {
            return WantsPage(http.Request)
                ? PageResults.Error(http.Request, language, gate.Status)
                : Problems.BadRequest(http, new Text("指定された値は使えません。", "A value given is not usable."),
                    [new FieldError(parameter, new Text($"{parameter} は {RouteIds.MaxLength} 文字以内の英数字と - _ . ~ で指定してください。",
                        $"{parameter} must be up to {RouteIds.MaxLength} letters, digits, '-', '_', '.' or '~'."))]);
        }

        if (gate.Status == StatusCodes.Status404NotFound)
        {
            return WantsPage(http.Request)
                ? PageResults.Error(http.Request, language, gate.Status)
                : Problems.NotFound(http, new Text("このアドレスのものはありません。", "There is nothing at this address."));
        }

        return WantsPage(http.Request)
            ? PageResults.Error(http.Request, language, gate.Status, new("送信内容が大きすぎます", "Too much was sent"), Problems.TooLargeText(gate.MaxBytes))
            : Problems.TooLarge(http, gate.MaxBytes);
    }

    private static IActionResult NotInRoster(HttpContext http, string? email)
    {
        if (!WantsPage(http.Request))
        {
            return Problems.Forbidden(http, "The signed-in account is not in the staff roster.");
        }

        return SignInPages.NotInRoster(http.Request, Languages.Of(http.Request), email);
    }

    private static bool WantsPage(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
}
