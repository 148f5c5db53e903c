using System.Globalization;
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

    /// <summary>How long an idle engine may wait between polls of its queues; the backend's own default (30 s) when host.json is silent.</summary>
    public static TimeSpan MaxQueuePollingInterval =>
        Document.Value?["extensions"]?["durableTask"]?["storageProvider"]?["maxQueuePollingInterval"]?.GetValue<string>() is { } text
            ? TimeSpan.Parse(text, CultureInfo.InvariantCulture)
            : TimeSpan.FromSeconds(30);

    public static string RoutePrefix => Document.Value?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>() ?? "api";
}
