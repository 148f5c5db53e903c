using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Transformation.Platform.Hosting;

namespace Transformation.Platform.Security;

public static class SignInRegistration
{
    /// <summary>
    /// API callers: bearer tokens validated by Microsoft.Identity.Web (signature, issuer, audience, lifetime).
    /// People: an OpenID Connect sign-in (id_token, form_post) that opens a data-protected session cookie.
    /// Both against Entra ID in Azure and the local host's development issuer locally; nothing is switched off.
    /// </summary>
    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection(SignInOptions.Section));
        services.AddSingleton<CallerResolver>();
        services.AddSingleton<EndpointGuard>();
        services.AddAuthentication(SignInSchemes.Bearer)
            .AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAd"), SignInSchemes.Bearer);
        services.AddAuthentication()
            .AddCookie(SignInSchemes.Session)
            .AddOpenIdConnect(SignInSchemes.Entra, _ => { });

        services.AddOptions<JwtBearerOptions>(SignInSchemes.Bearer).PostConfigure(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters.RoleClaimType = "roles";
            jwt.TokenValidationParameters.NameClaimType = "name";
        });
        services.AddOptions<CookieAuthenticationOptions>(SignInSchemes.Session)
            .Configure<IOptions<SignInOptions>, IOptions<AppOptions>>((cookie, signIn, app) =>
                SessionCookie.Configure(cookie, signIn.Value, app.Value));
        services.AddOptions<OpenIdConnectOptions>(SignInSchemes.Entra)
            .Configure<IOptions<AppOptions>, IOptions<SignInOptions>>((oidc, app, signIn) =>
                EntraSignIn.Configure(oidc, configuration, app.Value, signIn.Value));

        var authority = LocalIssuer.AuthorityOf(configuration);
        if (LocalIssuer.IsLocal(authority))
        {
            services.AddOptions<JwtBearerOptions>(SignInSchemes.Bearer)
                .Configure(jwt => jwt.RequireHttpsMetadata = false)
                .PostConfigure(jwt => TrustLocalIssuer(jwt, authority!));
            services.AddOptions<OpenIdConnectOptions>(SignInSchemes.Entra)
                .Configure(oidc => EntraSignIn.TrustLocalIssuer(oidc, authority!));
        }

        return services;
    }

    // Identity.Web fetches issuer metadata over HTTPS only; the local issuer is plain HTTP on loopback.
    private static void TrustLocalIssuer(JwtBearerOptions jwt, Uri authority)
    {
        jwt.ConfigurationManager = LocalIssuer.Metadata(authority);
        jwt.TokenValidationParameters.ValidIssuer = LocalIssuer.IssuerOf(authority);
        jwt.TokenValidationParameters.IssuerValidator = null;
    }
}
