using Transformation.Platform.Security;

namespace Transformation.LocalHost;

/// <summary>
/// The embedded defaults that let `./run.sh` start with no settings: Azurite, the local mail outbox and the
/// local development issuer. Environment variables and command-line arguments still override each one.
/// </summary>
public static class LocalDefaults
{
    public const string TenantId = "local";
    public const string ClientId = "transformation-local";
    public const string Audience = "api://transformation-local";

    public static void Apply(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var local = builder.Configuration.GetSection(LocalHostOptions.Section).Get<LocalHostOptions>() ?? new LocalHostOptions();
        var baseUrl = local.BaseUrl.ToString().TrimEnd('/');
        var defaults = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Mail:Provider"] = "Outbox",
            ["Mail:FromAddress"] = "jinji@example.go.jp",
            ["App:PublicBaseUrl"] = baseUrl,
            ["AzureAd:Instance"] = baseUrl + DevIssuerPaths.Root,
            ["AzureAd:TenantId"] = TenantId,
            ["AzureAd:ClientId"] = ClientId,
            ["AzureAd:Audience"] = Audience,
            // Tokens that name a staff id carry it in this claim, as a tenant's employeeId mapping would; a person
            // who signs in at /dev/sign-in with an email carries only that, as with Entra's defaults.
            ["SignIn:StaffIdClaim"] = "staff_id",

            // A fixed key for local data only; in Azure it comes from Key Vault.
            ["Surveys:SealKey"] = "bG9jYWwtb25seS1zdXJ2ZXktc2VhbC1rZXktMzJieXQ=",
            ["ThreeSixty:Rating:SealKey"] = "bG9jYWwtb25seS0zNjAtcmF0aW5nLXNlYWwta2V5LTM=",
        };

        // Lowest priority after the workflow files: anything set in the environment wins.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = defaults });
    }
}
