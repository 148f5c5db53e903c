using System.Text.Json;

namespace Transformation.LocalHost.Diagnostics;

/// <summary>The file the local host's telemetry exporters append to: one JSON object a line, written as exported.</summary>
public sealed class TelemetryFile(string path) : IDisposable
{
    private readonly StreamWriter _writer = new(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    private readonly Lock _lock = new();

    public void Append(IReadOnlyDictionary<string, object?> item)
    {
        var line = JsonSerializer.Serialize(item);
        lock (_lock)
        {
            _writer.WriteLine(line);
        }
    }

    public void Dispose() => _writer.Dispose();
}
