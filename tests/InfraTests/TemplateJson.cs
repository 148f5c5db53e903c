using System.Text.Json.Nodes;

namespace Transformation.InfraTests;

/// <summary>Walks a compiled ARM template, nested module deployments included.</summary>
public static class TemplateJson
{
    public const string DeploymentsType = "Microsoft.Resources/deployments";

    public static IEnumerable<JsonObject> Resources(JsonObject template)
    {
        var resources = template["resources"];
        IEnumerable<JsonNode?> items = resources switch
        {
            JsonArray array => array,
            JsonObject symbolic => symbolic.Select(p => p.Value),
            _ => [],
        };
        foreach (var item in items)
        {
            if (item is not JsonObject resource)
            {
                continue;
            }

            yield return resource;
            if (string.Equals((string?)resource["type"], DeploymentsType, StringComparison.OrdinalIgnoreCase)
                && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public static IEnumerable<JsonObject> Templates(JsonObject template)
    {
        yield return template;
        foreach (var resource in Resources(template))
        {
            if (string.Equals((string?)resource["type"], DeploymentsType, StringComparison.OrdinalIgnoreCase)
                && resource["properties"]?["template"] is JsonObject nested)
            {
                yield return nested;
            }
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonObject template, string type) =>
        Resources(template).Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public static JsonObject Module(JsonObject template, string deploymentName)
    {
        var modules = OfType(template, DeploymentsType)
            .Where(r => (string?)r["name"] == deploymentName)
            .ToList();
        Assert.True(modules.Count == 1, $"expected one module deployment named {deploymentName}, found {modules.Count}");
        return modules[0];
    }
}
