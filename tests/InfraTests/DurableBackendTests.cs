using System.Text.Json.Nodes;

namespace Transformation.InfraTests;

/// <summary>
/// Durable Functions keeps its state in the app's storage account (Azure Storage backend), the only backend
/// the app is built for: no Durable Task Scheduler, no switch to one (docs/architecture.md says why).
/// </summary>
[Collection(DeploymentGroup.Name)]
public sealed class DurableBackendTests(DeploymentFixture deployment)
{
    [Fact]
    public void NoDurableTaskSchedulerIsDeclaredOrDeployed()
    {
        Assert.DoesNotContain(TemplateJson.Resources(deployment.Template),
            r => ((string?)r["type"])!.StartsWith("Microsoft.DurableTask/", StringComparison.OrdinalIgnoreCase));
        foreach (var snapshot in new[] { deployment.Default, deployment.Azd })
        {
            Assert.DoesNotContain(snapshot.Resources,
                r => ((string?)r["type"])!.StartsWith("Microsoft.DurableTask/", StringComparison.OrdinalIgnoreCase));
        }

        Assert.False(File.Exists(Path.Combine(Repo.InfraDirectory, "modules", "durable-scheduler.bicep")));
    }

    [Theory]
    [InlineData("durableBackend")]
    [InlineData("durableTaskSchedulerSku")]
    [InlineData("taskHubName")]
    public void ThereIsNoBackendSwitch(string parameter)
    {
        Assert.False(deployment.Template["parameters"]!.AsObject().ContainsKey(parameter));
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.InfraDirectory, "main.parameters.json")))!;
        Assert.False(file["parameters"]!.AsObject().ContainsKey(parameter));
    }

    [Fact]
    public void TheHostKeepsItsDurableStateInTheStorageAccount()
    {
        foreach (var snapshot in new[] { deployment.Default, deployment.Azd })
        {
            var settings = snapshot.AppSettings;
            Assert.DoesNotContain(settings, s => s.Key.Contains("durableTask", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(settings, s => s.Key.StartsWith("DURABLE_TASK_SCHEDULER", StringComparison.Ordinal));
            Assert.Equal("managedidentity", (string?)settings["AzureWebJobsStorage__credential"]);
            AssertEndsWith((string?)settings["AzureWebJobsStorage__queueServiceUri"], ".primaryEndpoints.queue]");
            AssertEndsWith((string?)settings["AzureWebJobsStorage__tableServiceUri"], ".primaryEndpoints.table]");
        }

        var host = JsonNode.Parse(File.ReadAllText(Repo.File("host.json")))!;
        Assert.False(string.IsNullOrEmpty((string?)host["extensions"]?["durableTask"]?["hubName"]));
        var provider = host["extensions"]?["durableTask"]?["storageProvider"]?.AsObject();
        Assert.Equal(["maxQueuePollingInterval"], provider?.Select(p => p.Key) ?? []);
    }

    [Fact]
    public void AnIdleAppPicksUpADecisionWithinASecond()
    {
        // The backend backs off on idle queues up to this (30 s by default): a decision after a quiet hour would
        // otherwise reach the employee half a minute later. The local host reads the same setting.
        var host = JsonNode.Parse(File.ReadAllText(Repo.File("host.json")))!;
        var interval = (string?)host["extensions"]?["durableTask"]?["storageProvider"]?["maxQueuePollingInterval"];
        Assert.Equal(TimeSpan.FromSeconds(1), TimeSpan.Parse(interval!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TheAppDoesNotReferenceTheSchedulerPackage()
    {
        // If it ever does, the template needs the scheduler, its role and its settings again (docs/architecture.md).
        var project = File.ReadAllText(Repo.File("functions", "FunctionApp", "FunctionApp.csproj"));

        Assert.DoesNotContain("DurableTask.AzureManaged", project, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertEndsWith(string? value, string end)
    {
        Assert.NotNull(value);
        Assert.EndsWith(end, value, StringComparison.Ordinal);
    }
}
