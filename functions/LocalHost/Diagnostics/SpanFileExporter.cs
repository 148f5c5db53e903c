using System.Diagnostics;
using OpenTelemetry;

namespace Transformation.LocalHost.Diagnostics;

/// <summary>Writes each span as an exporter receives it: name, kind, every tag, status, events and baggage.</summary>
public sealed class SpanFileExporter(TelemetryFile file) : BaseExporter<Activity>
{
    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var span in batch)
        {
            file.Append(new Dictionary<string, object?>
            {
                ["signal"] = "span",
                ["name"] = span.DisplayName,
                ["source"] = span.Source.Name,
                ["kind"] = span.Kind.ToString(),
                ["tags"] = span.TagObjects.ToDictionary(t => t.Key, t => t.Value?.ToString()),
                ["status"] = span.Status.ToString(),
                ["statusDescription"] = span.StatusDescription,
                ["events"] = span.Events.Select(e => new { e.Name, Tags = e.Tags.ToDictionary(t => t.Key, t => t.Value?.ToString()) }).ToList(),
                ["baggage"] = span.Baggage.ToDictionary(b => b.Key, b => b.Value),
            });
        }

        return ExportResult.Success;
    }
}
