using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Transformation.Tests.Support;

/// <summary>
/// The real local host, started as its own process against the real Azurite, with its own ports,
/// task hub and table prefix so test classes do not meet. It can be killed and started again on the same data.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Dictionary<string, string> _settings;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public LocalHostProcess(IReadOnlyDictionary<string, string>? settings = null)
    {
        Port = FreePort.Next();
        SidecarPort = FreePort.Next();
        HubName = "hub" + Guid.NewGuid().ToString("N")[..12];
        TablePrefix = Azurite.UniquePrefix();
        _settings = new Dictionary<string, string>
        {
            ["LocalHost__Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LocalHost__SidecarPort"] = SidecarPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Durable__HubName"] = HubName,
            ["Storage__TablePrefix"] = TablePrefix,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Transformation"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }

        Http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public int Port { get; }

    public int SidecarPort { get; }

    public string HubName { get; }

    public string TablePrefix { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    /// <summary>The running process's id (the host runs in the <c>dotnet</c> process itself), for reading its memory.</summary>
    public int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

    /// <summary>An anonymous client. Use <see cref="ClientFor"/> for a signed-in one.</summary>
    public HttpClient Http { get; }

    public string Output => string.Join(Environment.NewLine, _output);

    public static async Task<LocalHostProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new LocalHostProcess(settings);
        await host.StartAgainAsync();
        return host;
    }

    /// <summary>Starts the process (again, after a kill) on the same ports, task hub and tables.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("dotnet", [RepositoryPaths.LocalHostDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.LocalHostDll)!,
        };
        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("The local host did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
    }

    /// <summary>Kills the process at once, as a crash would: no graceful shutdown.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public async Task<string> TokenAsync(string staffId, params string[] roles)
    {
        using var response = await Http.PostAsJsonAsync("/dev/token", new { staffId, roles });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public async Task<HttpClient> ClientForAsync(string staffId, params string[] roles)
    {
        var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(staffId, roles));
        return client;
    }

    private async Task WaitUntilHealthyAsync()
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (_process!.HasExited)
            {
                // The output is read asynchronously: wait for the streams to be drained, so the message that explains the exit is kept.
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
                throw new InvalidOperationException($"The local host exited with {_process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await Http.GetAsync("/api/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The local host was not healthy within {StartTimeout}:{Environment.NewLine}{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200_000)
        {
            _output.TryDequeue(out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Http.Dispose();
    }
}
