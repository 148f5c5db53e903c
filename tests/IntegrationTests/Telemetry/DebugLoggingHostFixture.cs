using System.Text;
using Transformation.Tests.Support;

namespace Transformation.Tests.Telemetry;

/// <summary>
/// A local host that logs everything it can: Debug for every category (including those the shipped settings
/// quiet, and per provider), console scopes on, every line also in a log file with its scopes, and the app's
/// production OpenTelemetry pipeline exporting to a file. The sample roster is imported.
/// </summary>
public sealed class DebugLoggingHostFixture : IAsyncLifetime
{
    private static readonly string[] Categories =
    [
        "Default", "Transformation", "Microsoft", "Microsoft.AspNetCore", "Microsoft.AspNetCore.Hosting.Lifetime",
        "Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Mvc", "System",
        "DurableTask", "DurableTask.AzureStorage", "Microsoft.DurableTask", "Microsoft.DurableTask.Worker.Orchestrations", "Grpc", "Azure",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("debug-logging-host").FullName;
    private LocalHostProcess? _host;

    public LocalHostProcess Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public string LogFile => Path.Combine(_folder, "host.log");

    public string TelemetryFile => Path.Combine(_folder, "telemetry.jsonl");

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["LocalHost__LogFile"] = LogFile,
            ["LocalHost__TelemetryFile"] = TelemetryFile,
            ["Logging__Console__FormatterOptions__IncludeScopes"] = "true",
            ["Logging__OpenTelemetry__IncludeScopes"] = "true",
        };
        foreach (var category in Categories)
        {
            settings[$"Logging__LogLevel__{category}"] = "Debug";
            settings[$"Logging__Console__LogLevel__{category}"] = "Debug";
            settings[$"Logging__File__LogLevel__{category}"] = "Trace";
            settings[$"Logging__OpenTelemetry__LogLevel__{category}"] = "Debug";
        }

        _host = await LocalHostProcess.StartAsync(settings);
        using var hr = await Host.ClientForAsync("1010003", "hr.admin", "employee");
        var roster = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "workflows", "samples", "roster.csv"));
        using var content = new ByteArrayContent(roster);
        content.Headers.ContentType = new("text/csv") { CharSet = Encoding.UTF8.WebName };
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Everything the host wrote: the log file, the exported telemetry and what it printed.</summary>
    public async Task<(string Log, string Telemetry, string Console)> WrittenAsync()
    {
        // The exporters write as each span or record ends; a moment lets the last request's end reach the files.
        await Task.Delay(TimeSpan.FromSeconds(2));
        return (await ReadAsync(LogFile), await ReadAsync(TelemetryFile), Host.Output);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<string> ReadAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
