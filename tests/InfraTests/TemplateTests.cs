using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Transformation.InfraTests;

/// <summary>Assertions on the compiled ARM template itself.</summary>
[Collection(DeploymentGroup.Name)]
public sealed partial class TemplateTests(DeploymentFixture deployment)
{
    [Fact]
    public void TargetsTheSubscriptionAndCreatesTheResourceGroup()
    {
        Assert.Contains("subscriptionDeploymentTemplate", (string?)deployment.Template["$schema"], StringComparison.Ordinal);
        Assert.Single(TemplateJson.OfType(deployment.Template, "Microsoft.Resources/resourceGroups"));
    }

    [Fact]
    public void EveryResourcePinsADatedApiVersion()
    {
        var resources = TemplateJson.Resources(deployment.Template).ToList();
        Assert.NotEmpty(resources);
        foreach (var resource in resources)
        {
            var apiVersion = (string?)resource["apiVersion"];
            Assert.True(
                apiVersion is not null && ApiVersion().IsMatch(apiVersion),
                $"{resource["type"]} {resource["name"]} has api version '{apiVersion}'");
        }
    }

    [Fact]
    public void NoModuleComesFromARegistry()
    {
        var sources = Directory.EnumerateFiles(Repo.InfraDirectory, "*.bicep", SearchOption.AllDirectories);
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("'br:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("'br/", text, StringComparison.Ordinal);
            Assert.DoesNotContain("'ts:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("'ts/", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryParameterIsDescribed()
    {
        foreach (var template in TemplateJson.Templates(deployment.Template))
        {
            var parameters = template["parameters"]?.AsObject() ?? [];
            foreach (var (name, definition) in parameters)
            {
                var description = (string?)definition?["metadata"]?["description"];
                Assert.False(string.IsNullOrWhiteSpace(description), $"parameter {name} has no @description");
            }
        }
    }

    [Fact]
    public void OutputsAreUpperSnakeCaseAndIncludeTheAppNameAndUrl()
    {
        var outputs = deployment.Template["outputs"]!.AsObject();
        foreach (var (name, _) in outputs)
        {
            Assert.Matches(UpperSnake(), name);
        }

        Assert.True(outputs.ContainsKey("AZURE_FUNCTION_APP_NAME"));
        Assert.True(outputs.ContainsKey("AZURE_FUNCTION_APP_URL"));
        Assert.True(outputs.ContainsKey("AZURE_LOCATION"));
    }

    [Theory]
    [InlineData("sendGridApiKey")]
    [InlineData("surveySealKey")]
    [InlineData("ratingSealKey")]
    public void SecretsAreSecureParametersWithoutDefaults(string name)
    {
        var parameters = deployment.Template["parameters"]!.AsObject();
        Assert.Equal("securestring", (string?)parameters[name]!["type"]);
        Assert.False(parameters[name]!.AsObject().ContainsKey("defaultValue"));
    }


    [Fact]
    public void RoleAssignmentsAreNamedByScopePrincipalIdAndRoleDefinition()
    {
        var module = TemplateJson.Module(deployment.Template, "role-assignments");
        var assignments = TemplateJson.OfType(deployment.Template, "Microsoft.Authorization/roleAssignments").ToList();

        // Three on storage, Key Vault Secrets User, Monitoring Metrics Publisher: all in one module.
        Assert.Equal(5, assignments.Count);
        Assert.Equal(5, TemplateJson.OfType(module["properties"]!["template"]!.AsObject(), "Microsoft.Authorization/roleAssignments").Count());
        foreach (var assignment in assignments)
        {
            var name = RoleAssignmentName().Match((string?)assignment["name"] ?? "");
            Assert.True(name.Success, $"role assignment name {assignment["name"]} is not guid(scope id, principal id, role definition id)");
            Assert.Equal($"[variables('{name.Groups["role"].Value}')]", (string?)assignment["properties"]!["roleDefinitionId"]);
            Assert.Equal("[parameters('principalId')]", (string?)assignment["properties"]!["principalId"]);
            Assert.Contains(name.Groups["type"].Value, (string?)assignment["scope"], StringComparison.Ordinal);
            Assert.Contains($"parameters('{name.Groups["scope"].Value}')", (string?)assignment["scope"], StringComparison.Ordinal);
        }

        // The module's principalId is the identity's principal id, not its name.
        var principal = (string?)module["properties"]!["parameters"]!["principalId"]!["value"];
        Assert.Contains("'identity'", principal, StringComparison.Ordinal);
        Assert.EndsWith(".outputs.principalId.value]", principal, StringComparison.Ordinal);
    }

    [Fact]
    public void NoModuleIsConditional()
    {
        foreach (var module in TemplateJson.OfType(deployment.Template, TemplateJson.DeploymentsType))
        {
            Assert.Null(module["condition"]);
        }
    }

    [Fact]
    public void SchedulesFileIsEmbeddedInTheTemplate()
    {
        // loadJsonContent() inlines the file as a template variable.
        var schedules = Schedules.Load();
        var variables = deployment.Template["variables"]!.AsObject();

        var embedded = variables
            .Select(v => v.Value as JsonObject)
            .Where(v => v is not null && v.Count == schedules.Count
                && schedules.All(s => (string?)v[s.Key] == s.Value))
            .ToList();
        Assert.Single(embedded);
    }

    [Fact]
    public void ParametersFileCoversEveryRequiredParameterAndNothingUnknown()
    {
        var template = deployment.Template["parameters"]!.AsObject();
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.InfraDirectory, "main.parameters.json")))!;
        var given = file["parameters"]!.AsObject();

        foreach (var (name, _) in given)
        {
            Assert.True(template.ContainsKey(name), $"main.parameters.json sets {name}, which main.bicep does not declare");
        }

        foreach (var (name, definition) in template)
        {
            if (!definition!.AsObject().ContainsKey("defaultValue"))
            {
                Assert.True(given.ContainsKey(name), $"required parameter {name} is missing from main.parameters.json");
            }
        }

        Assert.Equal("${AZURE_ENV_NAME}", (string?)given["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)given["location"]!["value"]);
    }

    [Fact]
    public void AzureYamlPointsAtTheFunctionAppAndTheTemplates()
    {
        var yaml = File.ReadAllLines(Repo.File("azure.yaml")).Select(l => l.TrimEnd()).ToList();

        Assert.Contains("  path: infra-bicep", yaml);
        Assert.Contains("  functions:", yaml);
        Assert.Contains("    project: ./functions/FunctionApp", yaml);
        Assert.Contains("    language: dotnet", yaml);
        Assert.Contains("    host: function", yaml);
        Assert.True(File.Exists(Repo.File("functions", "FunctionApp", "FunctionApp.csproj")));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(-preview)?$")]
    private static partial Regex ApiVersion();

    private const string RoleAssignmentNamePattern = @"^\[guid\(resourceId\('(?<type>[^']+)', parameters\('(?<scope>[^']+)'\)\), "
        + @"parameters\('principalId'\), variables\('(?<role>[^']+)'\)\)\]$";

    [GeneratedRegex(RoleAssignmentNamePattern)]
    private static partial Regex RoleAssignmentName();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnake();
}
