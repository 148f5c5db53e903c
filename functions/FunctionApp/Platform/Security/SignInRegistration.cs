using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Transformation.Platform.Security;

public static class SignInRegistration
{
    /// <summary>
    /// Bearer tokens are validated by Microsoft.Identity.Web, in Azure against Entra ID and locally against
    /// the local host's development issuer. Validation is never switched off: signature, issuer,
    /// audience, lifetime and roles are checked in both.
    /// </summary>
    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection(SignInOptions.Section));
        services.AddSingleton<EndpointGuard>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAd"));

        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<IOptions<SignInOptions>>((jwt, signIn) => UseCookieForPages(jwt, signIn.Value));

        var authority = LocalIssuer.AuthorityOf(configuration);
        if (LocalIssuer.IsLocal(authority))
        {
            services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
                .Configure(jwt => jwt.RequireHttpsMetadata = false)
                .PostConfigure(jwt => TrustLocalIssuer(jwt, authority!));
        }

        return services;
    }

    // Browser pages cannot set an Authorization header, so they send the same token in a cookie.
    private static void UseCookieForPages(JwtBearerOptions jwt, SignInOptions signIn)
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters.RoleClaimType = "roles";
        jwt.TokenValidationParameters.NameClaimType = "name";
        var previous = jwt.Events?.OnMessageReceived;
        jwt.Events ??= new JwtBearerEvents();
        jwt.Events.OnMessageReceived = async context =>
        {
            if (previous is not null)
            {
                await previous(context).ConfigureAwait(false);
            }

            if (string.IsNullOrEmpty(context.Token)
                && context.Request.Headers.Authorization.Count == 0
                && context.Request.Cookies.TryGetValue(signIn.CookieName, out var cookie))
            {
                context.Token = cookie;
            }
        };
    }

    // Identity.Web fetches issuer metadata over HTTPS only; the local issuer is plain HTTP on loopback.
    private static void TrustLocalIssuer(JwtBearerOptions jwt, Uri authority)
    {
        var metadata = new Uri(authority, "v2.0/.well-known/openid-configuration");
        jwt.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadata.ToString(),
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = false });
        jwt.TokenValidationParameters.ValidIssuer = LocalIssuer.IssuerOf(authority);
        jwt.TokenValidationParameters.IssuerValidator = null;
    }
}
