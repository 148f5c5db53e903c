using System.Text.Json.Nodes;

namespace Transformation.InfraTests;

/// <summary>
/// The app signs people in itself (OpenID Connect, /signin-oidc) and validates API tokens with
/// Microsoft.Identity.Web: the deployment carries the settings both need and no App Service Authentication, which
/// Flex Consumption does not support (unauthenticated callers would not even be blocked).
/// </summary>
[Collection(DeploymentGroup.Name)]
public sealed class SignInSettingsTests(DeploymentFixture deployment)
{
    private const string SitesConfig = "Microsoft.Web/sites/config";

    [Fact]
    public void NoAppServiceAuthenticationIsConfigured()
    {
        var configs = TemplateJson.OfType(deployment.Template, SitesConfig).Select(r => (string?)r["name"] ?? "").ToList();

        Assert.DoesNotContain(configs, n => n.Contains("authsettings", StringComparison.OrdinalIgnoreCase));
        foreach (var snapshot in new[] { deployment.Default, deployment.Azd })
        {
            var names = snapshot.OfType(SitesConfig).Select(r => ((string?)r["name"])!.Split('/')[^1]).ToList();
            Assert.Equal(["appsettings"], names);
        }

        Assert.DoesNotContain("authsettingsV2", File.ReadAllText(Repo.MainBicep), StringComparison.OrdinalIgnoreCase);
        Assert.All(Directory.EnumerateFiles(Path.Combine(Repo.InfraDirectory, "modules"), "*.bicep"), f =>
            Assert.DoesNotContain("authsettings", File.ReadAllText(f), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EntraSettingsComeFromTheParametersWithSensibleDefaults()
    {
        var settings = deployment.Default.AppSettings;

        // environment().authentication.loginEndpoint is https://login.microsoftonline.com/ in the public cloud.
        Assert.Equal("[environment().authentication.loginEndpoint]", (string?)settings["AzureAd__Instance"]);
        Assert.Equal(DeploymentFixture.TenantId, (string?)settings["AzureAd__TenantId"]);
        Assert.Equal(DeploymentFixture.ClientId, (string?)settings["AzureAd__ClientId"]);
        Assert.Equal("api://" + DeploymentFixture.ClientId, (string?)settings["AzureAd__Audience"]);
    }

    [Fact]
    public void TheStaffIdClaimIsEmptyByDefaultMeaningTheRosterIsMatchedByEmail()
    {
        Assert.Equal(string.Empty, (string?)deployment.Default.AppSettings["SignIn__StaffIdClaim"]);
        Assert.Equal("", (string?)deployment.Template["parameters"]!["signInStaffIdClaim"]!["defaultValue"]);
    }

    [Fact]
    public void AzdCarriesTheSignInSettings()
    {
        var settings = deployment.Azd.AppSettings;

        Assert.Equal("[environment().authentication.loginEndpoint]", (string?)settings["AzureAd__Instance"]);
        Assert.Equal(DeploymentFixture.TenantId, (string?)settings["AzureAd__TenantId"]);
        Assert.Equal(DeploymentFixture.ClientId, (string?)settings["AzureAd__ClientId"]);
        Assert.Equal("api://" + DeploymentFixture.ClientId, (string?)settings["AzureAd__Audience"]);
        Assert.Equal(AzdEnvironment.StaffIdClaim, (string?)settings["SignIn__StaffIdClaim"]);
    }

    [Fact]
    public void TheRetiredSignInPageSettingIsNotWritten()
    {
        foreach (var snapshot in new[] { deployment.Default, deployment.Azd })
        {
            Assert.DoesNotContain(snapshot.AppSettings, s => s.Key.StartsWith("SignIn__PageUrl", StringComparison.OrdinalIgnoreCase));
        }

        Assert.DoesNotContain("PageUrl", deployment.Template.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ParametersFileTakesTheSignInSettingsFromAzd()
    {
        var given = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.InfraDirectory, "main.parameters.json")))!["parameters"]!;

        Assert.Equal("${AZURE_AD_CLIENT_ID}", (string?)given["azureAdClientId"]!["value"]);
        Assert.Equal("${AZURE_AD_TENANT_ID}", (string?)given["azureAdTenantId"]!["value"]);
        Assert.Equal("${AZURE_AD_AUDIENCE}", (string?)given["azureAdAudience"]!["value"]);
        Assert.Equal("${AZURE_AD_INSTANCE}", (string?)given["azureAdInstance"]!["value"]);
        Assert.Equal("${SIGNIN_STAFF_ID_CLAIM=}", (string?)given["signInStaffIdClaim"]!["value"]);
    }
}
