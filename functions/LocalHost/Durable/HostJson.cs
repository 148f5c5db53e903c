using System.Text.Json.Nodes;

namespace Transformation.LocalHost.Durable;

/// <summary>Reads the settings of the shared host.json that the local host honours too.</summary>
public static class HostJson
{
    private static readonly Lazy<JsonNode?> Document = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "host.json");
        return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
    });

    public static string HubName => Document.Value?["extensions"]?["durableTask"]?["hubName"]?.GetValue<string>() ?? "TransformationHub";

    public static string RoutePrefix => Document.Value?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>() ?? "api";
}
