using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Transformation.LocalHost.Diagnostics;

/// <summary>Writes each log record as an exporter receives it: category, level, message, body, attributes, exception, scopes.</summary>
public sealed class LogFileExporter(TelemetryFile file) : BaseExporter<LogRecord>
{
    public override ExportResult Export(in Batch<LogRecord> batch)
    {
        foreach (var record in batch)
        {
            var scopes = new List<string?>();
            record.ForEachScope((scope, list) => list.Add(Describe(scope)), scopes);
            file.Append(new Dictionary<string, object?>
            {
                ["signal"] = "log",
                ["category"] = record.CategoryName,
                ["level"] = record.LogLevel.ToString(),
                ["eventId"] = record.EventId.Id,
                ["message"] = record.FormattedMessage,
                ["body"] = record.Body,
                ["attributes"] = record.Attributes?.ToDictionary(a => a.Key, a => a.Value?.ToString()),
                ["exception"] = record.Exception?.ToString(),
                ["scopes"] = scopes,
            });
        }

        return ExportResult.Success;
    }

    private static string Describe(LogRecordScope scope)
    {
        var values = new List<string>();
        foreach (var (key, value) in scope)
        {
            values.Add($"{key}={value}");
        }

        return $"{scope.Scope} {string.Join(", ", values)}";
    }
}
