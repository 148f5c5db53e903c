using System.Text.Json.Nodes;
using Transformation.Tests.Support;

namespace Transformation.Tests.Telemetry;

/// <summary>
/// The Functions host runs no code of ours, so host.json is all that keeps link tokens out of what it records.
/// docs/architecture.md (Telemetry) gives the evidence for each setting.
/// </summary>
public sealed class HostJsonTelemetryTests
{
    private static readonly JsonNode Host = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")))!;

    [Fact]
    public void The_host_names_a_request_after_its_function_and_records_no_address()
    {
        var collection = Host["logging"]?["applicationInsights"]?["httpAutoCollectionOptions"]?["enableHttpTriggerExtendedInfoCollection"];

        Assert.False(collection?.GetValue<bool>() ?? true);
    }

    [Fact]
    public void The_host_does_not_record_the_call_that_forwards_each_request_to_the_worker()
    {
        var tracking = Host["logging"]?["applicationInsights"]?["enableDependencyTracking"];

        Assert.False(tracking?.GetValue<bool>() ?? true);
    }

    [Fact]
    public void The_host_does_not_export_its_own_request_spans_whose_paths_no_processor_of_ours_redacts()
    {
        var mode = Host["telemetryMode"]?.GetValue<string>();

        Assert.NotEqual("opentelemetry", mode?.ToLowerInvariant());
    }
}
