using System.Text.Json.Nodes;

namespace Transformation.InfraTests;

/// <summary>
/// Compiles, lints and snapshots infra-bicep/main.bicep once for every test.
/// A snapshot is the Bicep CLI's offline prediction of a deployment: parameters, variables and
/// compile-time functions are evaluated, values known only at deployment stay ARM expressions.
/// </summary>
public sealed class DeploymentFixture : IDisposable
{
    public const string SubscriptionId = "00000000-0000-0000-0000-00000000a001";
    public const string TenantId = "00000000-0000-0000-0000-00000000b002";
    public const string ClientId = "11111111-2222-3333-4444-555555555555";
    public const string MailFrom = "jinji@example.go.jp";

    private readonly string _workDirectory;

    public DeploymentFixture()
    {
        _workDirectory = Directory.CreateTempSubdirectory("infratests-").FullName;

        Build = BicepCli.Run(Repo.InfraDirectory, BicepCli.DefaultTimeout, "build", Repo.MainBicep, "--stdout");
        Template = Build.ExitCode == 0 ? JsonNode.Parse(Build.StandardOutput)!.AsObject() : [];

        Lint = BicepCli.Run(Repo.InfraDirectory, BicepCli.DefaultTimeout, "lint", Repo.MainBicep);

        Default = TakeSnapshot("default", RequiredParameters());
        Azd = TakeSnapshot("azd", AzdParameters.Resolve(Template, AzdEnvironment.Values));
    }

    public ProcessResult Build { get; }

    /// <summary>The compiled ARM template (empty when the build failed).</summary>
    public JsonObject Template { get; }

    public ProcessResult Lint { get; }

    /// <summary>Only the required parameters: every default of the template.</summary>
    public Snapshot Default { get; }

    /// <summary>main.parameters.json as azd resolves it from <see cref="AzdEnvironment.Values"/>.</summary>
    public Snapshot Azd { get; }

    private static Dictionary<string, JsonNode> RequiredParameters() => new()
    {
        ["environmentName"] = "infratest",
        ["location"] = "japaneast",
        ["azureAdClientId"] = ClientId,
        ["sendGridApiKey"] = "SG.test-only-not-a-real-key",
        ["surveySealKey"] = "dGVzdC1vbmx5LXN1cnZleS1zZWFsLWtleS0zMi1ieXQ=",
        ["ratingSealKey"] = "dGVzdC1vbmx5LXJhdGluZy1zZWFsLWtleS0zMi1ieXQ=",
        ["mailFromAddress"] = MailFrom,
    };

    private Snapshot TakeSnapshot(string name, IReadOnlyDictionary<string, JsonNode> parameters)
    {
        // Bicep accepts only a relative path after `using`.
        var template = Path.GetRelativePath(_workDirectory, Repo.MainBicep).Replace('\\', '/');
        var file = Path.Combine(_workDirectory, name + ".bicepparam");
        File.WriteAllText(file, BicepParam.Write(template, parameters));
        var result = BicepCli.Run(
            _workDirectory,
            BicepCli.DefaultTimeout,
            "snapshot", file,
            "--mode", "overwrite",
            "--subscription-id", SubscriptionId,
            "--tenant-id", TenantId,
            "--location", "japaneast");
        var snapshotFile = Path.ChangeExtension(file, ".snapshot.json");
        var json = result.ExitCode == 0 && File.Exists(snapshotFile)
            ? JsonNode.Parse(File.ReadAllText(snapshotFile))!.AsObject()
            : [];
        return new Snapshot(name, result, json);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>One predicted deployment.</summary>
public sealed class Snapshot(string name, ProcessResult process, JsonObject root)
{
    public string Name { get; } = name;

    public ProcessResult Process { get; } = process;

    public JsonObject Root { get; } = root;

    public IReadOnlyList<JsonObject> Resources =>
        Root["predictedResources"]?.AsArray().Select(r => r!.AsObject()).ToList() ?? [];

    public IReadOnlyList<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase)).ToList();

    public JsonObject One(string type)
    {
        var matches = OfType(type);
        Assert.True(matches.Count == 1, $"{Name}: expected exactly one {type}, found {matches.Count}");
        return matches[0];
    }

    public JsonObject AppSettings
    {
        get
        {
            var config = OfType("Microsoft.Web/sites/config")
                .Where(r => ((string?)r["name"])!.EndsWith("/appsettings", StringComparison.Ordinal))
                .ToList();
            Assert.True(config.Count == 1, $"{Name}: expected one appsettings config resource, found {config.Count}");
            return config[0]["properties"]!.AsObject();
        }
    }

    public override string ToString() => Name;
}

[CollectionDefinition(Name)]
public sealed class DeploymentGroup : ICollectionFixture<DeploymentFixture>
{
    public const string Name = "Bicep deployment";
}
