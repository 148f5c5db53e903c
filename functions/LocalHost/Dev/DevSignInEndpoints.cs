using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Transformation.Platform.Security;

namespace Transformation.LocalHost.Dev;

/// <summary>
/// Local sign-in for browser pages: choose a staff id and roles, get a token from the development issuer
/// in a cookie, go back to the page. In Azure, people sign in with Entra ID instead.
/// </summary>
public static class DevSignInEndpoints
{
    public static IEndpointRouteBuilder MapDevSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dev/sign-in", (string? returnUrl) => Results.Content(Page(LocalPath(returnUrl)), "text/html; charset=utf-8"));
        endpoints.MapPost("/dev/sign-in", async (HttpContext http, DevIssuer issuer, IOptions<LocalHostOptions> local, IOptions<SignInOptions> signIn) =>
        {
            var form = await http.Request.ReadFormAsync();
            var staffId = form["staffId"].ToString().Trim();
            var roles = form["roles"].Where(r => r is not null && Roles.All.Contains(r)).Select(r => r!).ToArray();
            if (staffId.Length == 0)
            {
                return Results.Content(Page(LocalPath(form["returnUrl"]), "職員番号を入力してください。 Enter a staff id."), "text/html; charset=utf-8", statusCode: 400);
            }

            var token = await issuer.MintAsync(DevIssuerEndpoints.Authority(local.Value, LocalDefaults.TenantId), LocalDefaults.Audience,
                staffId, roles, null, TimeSpan.FromHours(8));
            http.Response.Cookies.Append(signIn.Value.CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                Path = "/",
            });
            return Results.Redirect(LocalPath(form["returnUrl"]));
        });
        return endpoints;
    }

    // Only paths of this site: never an open redirect.
    private static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl : "/";

    private static string Page(string returnUrl, string? error = null)
    {
        var e = HtmlEncoder.Default;
        var roles = string.Join("", Roles.All.Select(r =>
            $"<label><input type=\"checkbox\" name=\"roles\" value=\"{e.Encode(r)}\"{(r == Roles.Employee ? " checked" : "")}> {e.Encode(r)}</label><br>"));
        return $"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>ローカルサインイン / Local sign-in</title></head>
            <body style="font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem">
            <h1>ローカルサインイン</h1><p>開発用のサインインです。 Local development sign-in.</p>
            {(error is null ? "" : $"<p role=\"alert\" style=\"color:#b00\">{e.Encode(error)}</p>")}
            <form method="post" action="/dev/sign-in">
            <input type="hidden" name="returnUrl" value="{e.Encode(returnUrl)}">
            <p><label for="staffId">職員番号 (staff id)</label><br><input id="staffId" name="staffId" required></p>
            <fieldset><legend>ロール (roles)</legend>{roles}</fieldset>
            <p><button type="submit">サインイン / Sign in</button></p>
            </form></body></html>
            """;
    }
}
