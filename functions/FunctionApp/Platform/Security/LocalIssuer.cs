using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Transformation.Platform.Security;

/// <summary>
/// Facts about the development issuer the local host serves. It is recognised only when the authority
/// is plain HTTP on a loopback address, which no Azure deployment can be.
/// </summary>
public static class LocalIssuer
{
    public static Uri? AuthorityOf(IConfiguration configuration)
    {
        var instance = configuration["AzureAd:Instance"];
        var tenant = configuration["AzureAd:TenantId"];
        if (string.IsNullOrWhiteSpace(instance) || string.IsNullOrWhiteSpace(tenant))
        {
            return null;
        }

        return new Uri(instance.TrimEnd('/') + "/" + tenant + "/");
    }

    public static bool IsLocal(Uri? authority) =>
        authority is not null && authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback;

    public static string IssuerOf(Uri authority) => new Uri(authority, "v2.0").ToString();

    /// <summary>The local issuer's metadata, fetched over plain HTTP (allowed for loopback only).</summary>
    public static ConfigurationManager<OpenIdConnectConfiguration> Metadata(Uri authority) => new(
        new Uri(authority, "v2.0/.well-known/openid-configuration").ToString(),
        new OpenIdConnectConfigurationRetriever(),
        new HttpDocumentRetriever { RequireHttps = false });
}
