using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Security;

namespace Transformation.LocalHost.Dev;

/// <summary>
/// The development issuer's authorization endpoint, playing Entra's sign-in page: choose who you are and your
/// app roles, and it posts an ID token back to the app's callback (form_post), exactly as Entra does; the app's
/// own sign-in code then runs unchanged. An email gives the token of a tenant with no staff-id claim (matched by
/// email, Entra's default); a staff id gives one with the staff_id claim as well (a tenant that maps employeeId).
/// </summary>
public static class DevSignInEndpoints
{
    public const string Path = "/dev/sign-in";
    private const string Html = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapDevSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext http) =>
        {
            var query = http.Request.Query;
            if (string.IsNullOrEmpty(query["client_id"]))
            {
                // Opened directly (a bookmark, the README): start the app's sign-in, which comes back here.
                return Results.Redirect(SignInPaths.SignIn(query["returnUrl"].ToString()));
            }

            return Results.Content(Page(Flow.From(query)), Html);
        });
        endpoints.MapPost(Path, async (HttpContext http, DevIssuer issuer, RosterDirectory roster, IOptions<LocalHostOptions> local) =>
        {
            var form = await http.Request.ReadFormAsync();
            var flow = Flow.From(form);
            var callback = new Uri(local.Value.BaseUrl, SignInSchemes.CallbackPath).ToString();
            if (flow.ClientId != LocalDefaults.ClientId || flow.RedirectUri != callback)
            {
                return Results.Content(Page(flow, "不明なアプリまたは戻り先です。 Unknown client or redirect URI."), Html, statusCode: 400);
            }

            var who = form["staffId"].ToString().Trim();
            if (who.Length == 0)
            {
                return Results.Content(Page(flow, "職員番号またはメールアドレスを入力してください。 Enter a staff id or an email."), Html, statusCode: 400);
            }

            var (email, name) = await WhoAsync(roster, who);
            var staffId = who.Contains('@', StringComparison.Ordinal) ? null : who;
            var roles = form["roles"].Where(r => r is not null && Roles.All.Contains(r)).Select(r => r!);
            var authority = DevIssuerEndpoints.Authority(local.Value, LocalDefaults.TenantId);
            var idToken = await issuer.MintIdTokenAsync(authority, flow.ClientId, new(email, name, staffId), roles, flow.Nonce);
            return Results.Content(PostBack(flow, idToken), Html);
        });
        return endpoints;
    }

    // A staff id is looked up in the current roster for its email, as Entra would know the person's address.
    private static async Task<(string Email, string Name)> WhoAsync(RosterDirectory roster, string who)
    {
        var index = await roster.CurrentSnapshotIdAsync() is null ? null : await roster.GetIndexAsync();
        var person = who.Contains('@', StringComparison.Ordinal) ? index?.PersonByEmail(who) : index?.Person(who);
        return person is not null
            ? (person.Email, person.Name)
            : (who.Contains('@', StringComparison.Ordinal) ? who : who + "@unlisted.invalid", who);
    }

    private sealed record Flow(string ClientId, string RedirectUri, string State, string Nonce)
    {
        public static Flow From(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values)
        {
            var map = values.ToDictionary(v => v.Key, v => v.Value.ToString(), StringComparer.Ordinal);
            return new Flow(map.GetValueOrDefault("client_id", ""), map.GetValueOrDefault("redirect_uri", ""),
                map.GetValueOrDefault("state", ""), map.GetValueOrDefault("nonce", ""));
        }
    }

    private static string Hidden(Flow flow)
    {
        var e = HtmlEncoder.Default;
        return $"""
            <input type="hidden" name="client_id" value="{e.Encode(flow.ClientId)}">
            <input type="hidden" name="redirect_uri" value="{e.Encode(flow.RedirectUri)}">
            <input type="hidden" name="state" value="{e.Encode(flow.State)}">
            <input type="hidden" name="nonce" value="{e.Encode(flow.Nonce)}">
            """;
    }

    private static string Page(Flow flow, string? error = null)
    {
        var e = HtmlEncoder.Default;
        var roles = string.Join("", Roles.All.Select(r =>
            $"<label><input type=\"checkbox\" name=\"roles\" value=\"{e.Encode(r)}\"{(r == Roles.Employee ? " checked" : "")}> "
            + $"{e.Encode(r)}</label><br>"));
        return $"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>ローカルサインイン / Local sign-in</title></head>
            <body style="font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem">
            <h1>ローカルサインイン</h1><p>開発用のサインインです（Entra ID の代わり）。 Local development sign-in, in place of Entra ID.</p>
            {(error is null ? "" : $"<p role=\"alert\" style=\"color:#b00\">{e.Encode(error)}</p>")}
            <form method="post" action="{Path}">
            {Hidden(flow)}
            <p><label for="staffId">職員番号 (staff id)</label><br><input id="staffId" name="staffId" required
              aria-describedby="staffId-hint"><br><small id="staffId-hint">またはメールアドレス / or an email</small></p>
            <fieldset><legend>ロール (roles)</legend>{roles}</fieldset>
            <p><button type="submit">サインイン / Sign in</button></p>
            </form></body></html>
            """;
    }

    // Entra's form_post answer: a form that carries the ID token to the app's callback and sends itself.
    private static string PostBack(Flow flow, string idToken)
    {
        var e = HtmlEncoder.Default;
        return $"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><title>サインイン中 / Signing in</title></head>
            <body onload="document.forms[0].submit()">
            <form method="post" action="{e.Encode(flow.RedirectUri)}">
            <input type="hidden" name="id_token" value="{e.Encode(idToken)}">
            <input type="hidden" name="state" value="{e.Encode(flow.State)}">
            <noscript><button type="submit">続ける / Continue</button></noscript>
            </form></body></html>
            """;
    }
}
