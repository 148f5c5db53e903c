using System.Text.Json.Nodes;

namespace Transformation.InfraTests;

/// <summary>durableBackend = DurableTaskScheduler.</summary>
[Collection(DeploymentGroup.Name)]
public sealed class DurableBackendTests(DeploymentFixture deployment)
{
    private const string DurableTaskDataContributor = "0ad04412-c4d5-4796-b79c-f76d14c8d402";

    [Fact]
    public void SchedulerAndTaskHubAreDeployed()
    {
        var scheduler = deployment.Scheduler.One("Microsoft.DurableTask/schedulers");
        var hub = deployment.Scheduler.One("Microsoft.DurableTask/schedulers/taskHubs");

        Assert.Equal($"{scheduler["name"]}/{HostJsonHubName()}", (string?)hub["name"]);
        Assert.Equal("Consumption", (string?)scheduler["properties"]!["sku"]!["name"]);
        Assert.NotEmpty(scheduler["properties"]!["ipAllowlist"]!.AsArray());
    }

    [Fact]
    public void DedicatedSkuHasOneCapacityUnit()
    {
        var scheduler = deployment.DedicatedScheduler.One("Microsoft.DurableTask/schedulers");

        Assert.Equal("Dedicated", (string?)scheduler["properties"]!["sku"]!["name"]);
        Assert.Equal(1, (int)scheduler["properties"]!["sku"]!["capacity"]!);
    }

    [Fact]
    public void IdentityIsDurableTaskDataContributorOnTheScheduler()
    {
        var scheduler = deployment.Scheduler.One("Microsoft.DurableTask/schedulers");
        var assignment = RoleAssignments.One(deployment.Scheduler, DurableTaskDataContributor);

        Assert.StartsWith((string?)scheduler["id"] + "/providers/Microsoft.Authorization/roleAssignments/", (string?)assignment["id"], StringComparison.OrdinalIgnoreCase);
        Assert.True(Guid.TryParse((string?)assignment["name"], out _));
        RoleAssignments.AssertPrincipalIsTheIdentity(deployment.Scheduler, assignment);
        Assert.Equal(6, deployment.Scheduler.OfType("Microsoft.Authorization/roleAssignments").Count);
    }

    [Fact]
    public void HostIsPointedAtTheSchedulerWithTheIdentity()
    {
        var settings = deployment.Scheduler.AppSettings;
        var scheduler = deployment.Scheduler.One("Microsoft.DurableTask/schedulers");
        var identity = deployment.Scheduler.One("Microsoft.ManagedIdentity/userAssignedIdentities");

        var connection = (string?)settings["DURABLE_TASK_SCHEDULER_CONNECTION_STRING"];
        Assert.NotNull(connection);
        Assert.StartsWith("[format('Endpoint={0};Authentication=ManagedIdentity;ClientID={1}'", connection, StringComparison.Ordinal);
        Assert.Contains(Json.Text(scheduler["id"]), connection, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(".endpoint", connection, StringComparison.Ordinal);
        Assert.Contains(Json.Text(identity["id"]), connection, StringComparison.OrdinalIgnoreCase);

        Assert.Equal("azureManaged", (string?)settings["AzureFunctionsJobHost__extensions__durableTask__storageProvider__type"]);
        Assert.Equal("DURABLE_TASK_SCHEDULER_CONNECTION_STRING", (string?)settings["AzureFunctionsJobHost__extensions__durableTask__storageProvider__connectionStringName"]);
        Assert.Equal(HostJsonHubName(), (string?)settings["AzureFunctionsJobHost__extensions__durableTask__hubName"]);
    }

    [Fact]
    public void StorageStaysForTheHostAndTheAppState()
    {
        // The Functions host still needs AzureWebJobsStorage (timers' leases, deployment); the app keeps its tables.
        var settings = deployment.Scheduler.AppSettings;
        Assert.Equal("managedidentity", (string?)settings["AzureWebJobsStorage__credential"]);
        Assert.Equal(5, deployment.Scheduler.OfType("Microsoft.Authorization/roleAssignments")
            .Count(r => !((string?)r["properties"]!["roleDefinitionId"])!.EndsWith(DurableTaskDataContributor, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void OutputsTheSchedulerEndpointOnlyWhenDeployed()
    {
        var withScheduler = deployment.Scheduler.Root["outputs"]?["DURABLE_TASK_SCHEDULER_ENDPOINT"];
        var without = deployment.AzureStorage.Root["outputs"]?["DURABLE_TASK_SCHEDULER_ENDPOINT"];

        Assert.NotNull(withScheduler);
        Assert.NotNull(without);
        Assert.NotEqual(string.Empty, OutputValue(withScheduler));
        Assert.Equal(string.Empty, OutputValue(without));
    }

    private static string HostJsonHubName()
    {
        var host = JsonNode.Parse(File.ReadAllText(Repo.File("host.json")))!;
        var hub = (string?)host["extensions"]?["durableTask"]?["hubName"];
        Assert.False(string.IsNullOrEmpty(hub), "host.json sets no durableTask hubName");
        return hub;
    }

    private static string OutputValue(JsonNode output) =>
        output is JsonObject o && o.ContainsKey("value") ? o["value"]?.ToString() ?? string.Empty : output.ToString();
}
