using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Transformation.Platform.Hosting;

namespace Transformation.Platform.Security;

/// <summary>The browser session: an HttpOnly cookie, encrypted and signed with the shared data-protection key ring.</summary>
internal static class SessionCookie
{
    public static void Configure(CookieAuthenticationOptions cookie, SignInOptions signIn, AppOptions app)
    {
        cookie.Cookie.Name = signIn.SessionCookieName;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.Path = "/";

        // Lax: a link in a mail is a top-level navigation from another site and must find the person signed in.
        // Cross-site POSTs do not carry it, and every form checks its anti-forgery token as well.
        cookie.Cookie.SameSite = SameSiteMode.Lax;

        // Behind the Functions host the worker sees plain HTTP, so "secure" follows the public address.
        cookie.Cookie.SecurePolicy = IsHttps(app) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = signIn.SessionIdleTimeout;
        cookie.SlidingExpiration = true;

        // The endpoint guard decides what a browser without a session sees; the handler never answers by itself.
        cookie.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
    }

    public static bool IsHttps(AppOptions app) => app.PublicBaseUrl?.Scheme == Uri.UriSchemeHttps;

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
