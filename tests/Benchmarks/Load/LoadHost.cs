using Microsoft.Extensions.Options;
using Transformation.Benchmarks.Surveys;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;

namespace Transformation.Benchmarks.Load;

/// <summary>
/// The real local host (its own process, durable engine included) for a load run: on the storage named by
/// <c>BENCHMARK_STORAGE</c> (else Azurite's default ports), with the survey seal key the in-process services use, and
/// the app's own logs at Warning so that thousands of workflows do not spend the run writing log lines.
/// </summary>
public static class LoadHost
{
    public static async Task<LocalHostProcess> StartAsync(IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = BenchmarkStorage.ConnectionString,
            ["Surveys__SealKey"] = TestSecrets.SurveySealKey,
            ["Logging__LogLevel__Transformation"] = "Warning",
            ["Logging__LogLevel__Microsoft.DurableTask.Worker.Orchestrations"] = "Warning",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return await LocalHostProcess.StartAsync(settings);
    }

    /// <summary>The host's tables, read directly by the benchmark.</summary>
    public static Tables TablesOf(LocalHostProcess host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new Tables(Options.Create(new StorageOptions { ConnectionString = BenchmarkStorage.ConnectionString, TablePrefix = host.TablePrefix }));
    }

    /// <summary>One client for everyone (each request carries its own bearer token): a connection pool, not one per person.</summary>
    public static HttpClient SharedClient(LocalHostProcess host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(30), AllowAutoRedirect = false })
        {
            BaseAddress = host.BaseUrl,
            Timeout = TimeSpan.FromMinutes(5),
        };
    }
}
