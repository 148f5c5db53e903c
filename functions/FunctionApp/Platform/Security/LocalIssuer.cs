using Microsoft.Extensions.Configuration;

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
}
