using System.Text.Json.Nodes;

namespace Transformation.InfraTests;

/// <summary>Assertions on the predicted resources (default parameters).</summary>
[Collection(DeploymentGroup.Name)]
public sealed class ResourceTests(DeploymentFixture deployment)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private Snapshot Snapshot => deployment.Default;

    [Fact]
    public void StorageAccountAllowsNoKeysNoPublicBlobsAndOnlyTls12()
    {
        var storage = Snapshot.One("Microsoft.Storage/storageAccounts");
        var properties = storage["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.True((bool)properties["defaultToOAuthAuthentication"]!);
    }

    [Fact]
    public void FunctionAppRunsOnFlexConsumptionWithDotnetIsolated10()
    {
        var plan = Snapshot.One("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);

        var site = Snapshot.One("Microsoft.Web/sites");
        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal((string?)plan["id"], (string?)site["properties"]!["serverFarmId"]);

        var config = site["properties"]!["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.True((int)config["scaleAndConcurrency"]!["maximumInstanceCount"]! >= 1);
        Assert.Equal(2048, (int)config["scaleAndConcurrency"]!["instanceMemoryMB"]!);
    }

    [Fact]
    public void DeploymentPackageStorageUsesTheUserAssignedIdentity()
    {
        var site = Snapshot.One("Microsoft.Web/sites");
        var identity = Snapshot.One("Microsoft.ManagedIdentity/userAssignedIdentities");
        var container = Snapshot.One("Microsoft.Storage/storageAccounts/blobServices/containers");
        var storage = site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", (string?)storage["type"]);
        var containerName = ((string?)container["name"])!.Split('/')[^1];
        Assert.Contains(containerName, (string?)storage["value"], StringComparison.Ordinal);
        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal((string?)identity["id"], (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);
    }

    [Fact]
    public void SiteIsHttpsOnlyWithTls12AndNoFtpOrBasicPublishing()
    {
        var site = Snapshot.One("Microsoft.Web/sites");
        var properties = site["properties"]!;

        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("1.2", (string?)properties["siteConfig"]!["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)properties["siteConfig"]!["ftpsState"]);

        var policies = Snapshot.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        var names = policies.Select(p => ((string?)p["name"])!.Split('/')[^1]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["ftp", "scm"], names);
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void SiteRunsAsTheUserAssignedIdentityAndReadsKeyVaultWithIt()
    {
        var site = Snapshot.One("Microsoft.Web/sites");
        var identity = Snapshot.One("Microsoft.ManagedIdentity/userAssignedIdentities");
        var identityId = (string?)identity["id"];

        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.True(site["identity"]!["userAssignedIdentities"]!.AsObject().ContainsKey(identityId!));
        Assert.Equal(identityId, (string?)site["properties"]!["keyVaultReferenceIdentity"]);
        Assert.Equal("functions", (string?)site["tags"]!["azd-service-name"]);
    }

    [Theory]
    [InlineData(StorageBlobDataOwner, "Microsoft.Storage/storageAccounts")]
    [InlineData(StorageQueueDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(StorageTableDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(KeyVaultSecretsUser, "Microsoft.KeyVault/vaults")]
    [InlineData(MonitoringMetricsPublisher, "Microsoft.Insights/components")]
    public void IdentityHoldsTheRoleOnTheResource(string roleId, string scopeType)
    {
        var scope = Snapshot.One(scopeType);
        var assignment = RoleAssignments.One(Snapshot, roleId);

        // An extension resource of the scope: its id is predicted as an expression because its name is one.
        var name = Json.Text(assignment["name"]);
        var id = $"[extensionResourceId('{scope["id"]}', 'Microsoft.Authorization/roleAssignments', {name[1..^1]})]";
        Assert.Equal(id, (string?)assignment["id"], StringComparer.OrdinalIgnoreCase);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        RoleAssignments.AssertPrincipalIsTheIdentity(Snapshot, assignment);
        RoleAssignments.AssertNamedByScopePrincipalIdAndRole(Snapshot, assignment, (string?)scope["id"]);
    }

    [Fact]
    public void RoleAssignmentNamesAreUnique()
    {
        var names = Snapshot.OfType("Microsoft.Authorization/roleAssignments").Select(r => (string?)r["name"]).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void KeyVaultUsesRbacAndSoftDeleteAndHoldsTheSendGridAndBothSealKeys()
    {
        var vault = Snapshot.One("Microsoft.KeyVault/vaults");
        var properties = vault["properties"]!;

        Assert.True((bool)properties["enableRbacAuthorization"]!);
        Assert.True((bool)properties["enableSoftDelete"]!);
        Assert.True((int)properties["softDeleteRetentionInDays"]! >= 7);
        Assert.Null(properties["accessPolicies"]);

        var secrets = Snapshot.OfType("Microsoft.KeyVault/vaults/secrets").Select(s => (string?)s["name"]).Order(StringComparer.Ordinal);
        var name = (string?)vault["name"];
        Assert.Equal([name + "/RatingSealKey", name + "/SendGridApiKey", name + "/SurveySealKey"], secrets);
    }

    [Fact]
    public void ApplicationInsightsUsesEntraAuthenticationAndTheWorkspace()
    {
        var insights = Snapshot.One("Microsoft.Insights/components");
        var workspace = Snapshot.One("Microsoft.OperationalInsights/workspaces");

        Assert.True((bool)insights["properties"]!["DisableLocalAuth"]!);
        Assert.Equal((string?)workspace["id"], (string?)insights["properties"]!["WorkspaceResourceId"]);
    }

    [Fact]
    public void TheIdentityHoldsFiveRolesAndNothingElseIsGranted()
    {
        Assert.Equal(5, Snapshot.OfType("Microsoft.Authorization/roleAssignments").Count);
    }

    [Fact]
    public void EveryResourceIsTaggedWithTheEnvironment()
    {
        var tagged = Snapshot.Resources.Where(r => r["location"] is not null).ToList();
        Assert.NotEmpty(tagged);
        Assert.All(tagged, r => Assert.Equal("infratest", (string?)r["tags"]?["azd-env-name"]));
        Assert.All(tagged, r => Assert.Equal("japaneast", (string?)r["location"]));
    }
}

internal static class RoleAssignments
{
    public static JsonObject One(Snapshot snapshot, string roleId)
    {
        var matches = snapshot.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => ((string?)r["properties"]!["roleDefinitionId"])!.EndsWith("/roleDefinitions/" + roleId, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(matches.Count == 1, $"{snapshot}: expected one assignment of role {roleId}, found {matches.Count}");
        return matches[0];
    }

    /// <summary>
    /// guid(scope id, principal id, role definition id): the principal id is known only at deployment, so the
    /// prediction keeps the name as that expression, with the scope and the role definition evaluated.
    /// </summary>
    public static void AssertNamedByScopePrincipalIdAndRole(Snapshot snapshot, JsonObject assignment, string? scopeId)
    {
        var identity = Json.Text(snapshot.One("Microsoft.ManagedIdentity/userAssignedIdentities")["id"]);
        var role = Json.Text(assignment["properties"]!["roleDefinitionId"]);
        var expected = $"[guid('{scopeId}', reference('{identity}', '";
        var name = Json.Text(assignment["name"]);

        Assert.StartsWith(expected, name, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith($"').principalId, '{role}')]", name, StringComparison.OrdinalIgnoreCase);
    }

    public static void AssertPrincipalIsTheIdentity(Snapshot snapshot, JsonObject assignment)
    {
        // The principal id is known only at deployment: the prediction keeps it as reference(<identity id>).principalId.
        var identity = snapshot.One("Microsoft.ManagedIdentity/userAssignedIdentities");
        var principal = (string?)assignment["properties"]!["principalId"];
        Assert.Contains(Json.Text(identity["id"]), principal, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(".principalId]", principal, StringComparison.Ordinal);
    }
}
