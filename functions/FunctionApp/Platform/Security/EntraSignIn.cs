using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Security;

/// <summary>
/// The OpenID Connect sign-in for people. It asks only for an ID token, posted back (form_post), so the app
/// holds no client secret: the token says who signed in and with which app roles, and nothing else is needed.
/// </summary>
internal static class EntraSignIn
{
    // What the session keeps of the ID token: enough to find the person in the roster and know their roles.
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "name", "preferred_username", "upn", "email", "roles", "oid", "tid", "sub",
    };

    public static void Configure(OpenIdConnectOptions oidc, IConfiguration configuration, AppOptions app, SignInOptions signIn)
    {
        var authority = LocalIssuer.AuthorityOf(configuration);
        oidc.Authority = authority is null ? null : new Uri(authority, "v2.0").ToString();
        oidc.ClientId = configuration["AzureAd:ClientId"];
        oidc.ResponseType = OpenIdConnectResponseType.IdToken;
        oidc.ResponseMode = OpenIdConnectResponseMode.FormPost;
        oidc.CallbackPath = SignInSchemes.CallbackPath;
        oidc.SignInScheme = SignInSchemes.Session;
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.SaveTokens = false;
        oidc.UseTokenLifetime = false;
        oidc.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email" })
        {
            oidc.Scope.Add(scope);
        }

        oidc.TokenValidationParameters.NameClaimType = "name";
        oidc.TokenValidationParameters.RoleClaimType = "roles";

        // Entra posts back from its own site: the flow's cookies must travel on that cross-site POST (None needs Secure).
        var https = SessionCookie.IsHttps(app);
        foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
        {
            cookie.SameSite = https ? SameSiteMode.None : SameSiteMode.Lax;
            cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        }

        oidc.Events.OnRedirectToIdentityProvider = context =>
        {
            // The worker sits behind the Functions host and cannot see the public address; the setting knows it.
            if (app.PublicBaseUrl is { } publicBase)
            {
                context.ProtocolMessage.RedirectUri = new Uri(publicBase, SignInSchemes.CallbackPath).ToString();
            }

            return Task.CompletedTask;
        };
        oidc.Events.OnTokenValidated = context =>
        {
            var claims = context.Principal!.Claims.Where(c => Kept.Contains(c.Type) || c.Type == signIn.StaffIdClaim).ToList();
            context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SignInSchemes.Entra, "name", "roles"));
            return Task.CompletedTask;
        };
        oidc.Events.OnRemoteFailure = context =>
        {
            context.HandleResponse();
            return WriteFailedAsync(context);
        };
    }

    public static void TrustLocalIssuer(OpenIdConnectOptions oidc, Uri authority)
    {
        oidc.RequireHttpsMetadata = false;
        oidc.ConfigurationManager = LocalIssuer.Metadata(authority);
    }

    private static async Task WriteFailedAsync(RemoteFailureContext context)
    {
        var page = SignInPages.Failed(context.Request, Languages.Of(context.Request));
        context.Response.StatusCode = page.StatusCode ?? StatusCodes.Status400BadRequest;
        context.Response.ContentType = page.ContentType;
        await context.Response.WriteAsync(page.Content ?? "", context.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
