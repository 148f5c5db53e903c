using System.Text.Json.Nodes;

namespace Transformation.InfraTests;

/// <summary>The function app's settings, as the deployment predicts them.</summary>
[Collection(DeploymentGroup.Name)]
public sealed class AppSettingsTests(DeploymentFixture deployment)
{
    /// <summary>Every setting the function app reads at start-up, whatever the parameters.</summary>
    public static TheoryData<string> RequiredSettings =>
    [
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri",
        "AZURE_CLIENT_ID",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        "Storage__TableServiceUri",
        "Mail__Provider",
        "Mail__FromAddress",
        "Mail__FromName",
        "Mail__SendGridApiKey",
        "AzureAd__Instance",
        "AzureAd__TenantId",
        "AzureAd__ClientId",
        "AzureAd__Audience",
        "App__PublicBaseUrl",
    ];

    private JsonObject Settings => deployment.Default.AppSettings;

    [Theory]
    [MemberData(nameof(RequiredSettings))]
    public void SettingIsPresentAndNotEmpty(string name)
    {
        foreach (var snapshot in new[] { deployment.Default, deployment.Azd })
        {
            var value = (string?)snapshot.AppSettings[name];
            Assert.False(string.IsNullOrWhiteSpace(value), $"{snapshot}: app setting {name} is missing or empty");
        }
    }

    [Fact]
    public void StorageIsReachedWithTheManagedIdentityOnly()
    {
        Assert.Equal("managedidentity", (string?)Settings["AzureWebJobsStorage__credential"]);
        Assert.Null(Settings["AzureWebJobsStorage"]);
        Assert.DoesNotContain(Settings, s => ((string?)s.Value ?? string.Empty).Contains("AccountKey=", StringComparison.OrdinalIgnoreCase));

        AssertIsIdentityClientId((string?)Settings["AzureWebJobsStorage__clientId"]);
        AssertIsIdentityClientId((string?)Settings["AZURE_CLIENT_ID"]);

        AssertIsStorageEndpoint((string?)Settings["AzureWebJobsStorage__blobServiceUri"], "blob");
        AssertIsStorageEndpoint((string?)Settings["AzureWebJobsStorage__queueServiceUri"], "queue");
        AssertIsStorageEndpoint((string?)Settings["AzureWebJobsStorage__tableServiceUri"], "table");
        AssertIsStorageEndpoint((string?)Settings["Storage__TableServiceUri"], "table");
    }

    [Theory]
    [InlineData("Mail__SendGridApiKey", "SendGridApiKey", "SG.test-only")]
    [InlineData("Surveys__SealKey", "SurveySealKey", "dGVzdC1vbmx5")]
    [InlineData("ThreeSixty__Rating__SealKey", "RatingSealKey", "dGVzdC1vbmx5LXJhdGluZw")]
    public void SecretsAreKeyVaultReferencesToTheirSecrets(string setting, string secretName, string secretValue)
    {
        var value = (string?)Settings[setting];
        var secret = deployment.Default.OfType("Microsoft.KeyVault/vaults/secrets")
            .Single(s => ((string?)s["name"])!.EndsWith("/" + secretName, StringComparison.Ordinal));

        Assert.NotNull(value);
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", value, StringComparison.Ordinal);
        Assert.Contains(Json.Text(secret["id"]), value, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(".secretUri", value, StringComparison.Ordinal);
        Assert.DoesNotContain(secretValue, value, StringComparison.Ordinal);
    }

    [Fact]
    public void MailSettingsComeFromTheParameters()
    {
        Assert.Equal("SendGrid", (string?)Settings["Mail__Provider"]);
        Assert.Equal(DeploymentFixture.MailFrom, (string?)Settings["Mail__FromAddress"]);
        Assert.Equal("人事課", (string?)Settings["Mail__FromName"]);
    }

    [Fact]
    public void ApplicationInsightsIsReachedWithTheIdentity()
    {
        var insights = deployment.Default.One("Microsoft.Insights/components");
        var connection = (string?)Settings["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var authentication = (string?)Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"];

        Assert.Contains(Json.Text(insights["id"]), connection, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(".ConnectionString", connection, StringComparison.Ordinal);
        Assert.StartsWith("[format('ClientId={0};Authorization=AAD'", authentication, StringComparison.Ordinal);
        AssertIsIdentityClientId(authentication);
    }

    [Fact]
    public void PublicBaseUrlIsTheSiteDefaultHostOverHttps()
    {
        var site = deployment.Default.One("Microsoft.Web/sites");
        var value = (string?)Settings["App__PublicBaseUrl"];

        Assert.StartsWith("[format('https://{0}'", value, StringComparison.Ordinal);
        Assert.Contains(Json.Text(site["id"]), value, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(".defaultHostName", value, StringComparison.Ordinal);
    }

    /// <summary>
    /// Linux Consumption and Flex Consumption do not support a time zone for timers, and Microsoft warns that
    /// setting one can break TLS and metrics there: schedules are written in UTC instead (workflows/schedules.json).
    /// </summary>
    [Theory]
    [InlineData("WEBSITE_TIME_ZONE")]
    [InlineData("TZ")]
    public void NoTimeZoneIsSet(string name)
    {
        Assert.DoesNotContain(Settings, s => string.Equals(s.Key, name, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(deployment.Template.ToJsonString(), $"\"{name}\"", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EveryScheduleFromTheWorkflowsFolderIsAnAppSetting()
    {
        foreach (var (name, expression) in Schedules.Load())
        {
            Assert.Equal(expression, (string?)Settings[name]);
            Assert.Equal(expression, (string?)deployment.Azd.AppSettings[name]);
        }
    }

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    [InlineData("WEBSITE_CONTENTSHARE")]
    [InlineData("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING")]
    public void FlexConsumptionRejectsSetting(string name)
    {
        Assert.Null(Settings[name]);
        Assert.Null(deployment.Azd.AppSettings[name]);
    }

    private void AssertIsIdentityClientId(string? value)
    {
        var identity = deployment.Default.One("Microsoft.ManagedIdentity/userAssignedIdentities");
        Assert.NotNull(value);
        Assert.Contains(Json.Text(identity["id"]), value, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(".clientId", value, StringComparison.Ordinal);
    }

    private void AssertIsStorageEndpoint(string? value, string service)
    {
        var storage = deployment.Default.One("Microsoft.Storage/storageAccounts");
        Assert.NotNull(value);
        Assert.Contains(Json.Text(storage["id"]), value, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith($".primaryEndpoints.{service}]", value, StringComparison.Ordinal);
    }
}
