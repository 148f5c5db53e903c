using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Benchmarks.Load;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Requests;
using Transformation.Platform.Security;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;

namespace Transformation.Benchmarks.Overtime;

/// <summary>
/// Submitting today's request for <see cref="Submissions"/> people, <see cref="InFlight"/> at a time, each a different person. Route POSTs
/// /api/overtime/requests to the real local host, signed in as that person (employee); the route submits, starts the request's
/// workflow and assesses the caps. Service makes the same service calls in this process (the start's storage sent directly);
/// Direct sends the same storage requests straight to storage (<see cref="OvertimeDirectSubmit"/>). Target: Route at least
/// 75 % of Direct's speed.
/// </summary>
[Config(typeof(OvertimeJob))]
public class OvertimeSubmitBenchmarks
{
    private static readonly object Body = new { tasks = "資料の作成", targetEnd = "19:15", estimatedHours = 2m };
    private ServiceProvider _services = null!;
    private OvertimeRequests _requests = null!;
    private OvertimeDirectSubmit _direct = null!;
    private ConcurrentQueue<string> _staff = null!;
    private LocalHostProcess? _host;
    private HttpClient? _http;
    private Dictionary<string, string> _tokens = [];

    /// <summary>1,000 a run, or a tenth of OVERTIME_BENCHMARK_STAFF for a smaller run.</summary>
    [ParamsSource(nameof(SubmissionCounts))]
    public int Submissions { get; set; }

    public static IEnumerable<int> SubmissionCounts() => [Math.Min(1000, OvertimeRun.Scale(100_000) / 10)];

    /// <summary>
    /// Submissions in flight at once: one (each request's own time, as the person submitting waits for it) and 16 (the
    /// throughput of the whole host, with the workflows the requests start running beside them).
    /// </summary>
    [Params(1, 16)]
    public int InFlight { get; set; }

    /// <summary>Enough people for every run of a method (a warm-up, three measured and one to spare), with the heads.</summary>
    public int RosterSize => Submissions * 6 + 1001;

    [GlobalSetup(Targets = [nameof(Direct), nameof(Service)])]
    public void Setup() => PrepareAsync(Azurite.UniquePrefix(), "bench" + Guid.NewGuid().ToString("N")[..8]).GetAwaiter().GetResult();

    /// <summary>The host takes requests at any hour (a decision window is set); everyone the runs take is signed in first.</summary>
    [GlobalSetup(Target = nameof(Route))]
    public void SetupRoute() => SetupRouteAsync().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public int Direct() => RunAsync("Direct", async id =>
    {
        var day = await _direct.SubmitAsync(id);
        await _direct.StartAsync(day);
        await _direct.AssessAsync(id);
        return true;
    }).GetAwaiter().GetResult();

    [Benchmark]
    public int Service() => RunAsync("Service", async id =>
    {
        var outcome = await _requests.SubmitAsync(id, new RequestInput("資料の作成", "19:15", 2m));
        if (outcome.Ok)
        {
            await _direct.StartAsync(outcome.Day!);
            await _requests.AssessAsync(outcome.Day!, outcome.Day!.EstimatedHours);
        }

        return outcome.Ok;
    }).GetAwaiter().GetResult();

    [Benchmark]
    public int Route() => RunAsync("Route", async id =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/overtime/requests") { Content = JsonContent.Create(Body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[id]);
        using var response = await _http!.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Created;
    }).GetAwaiter().GetResult();

    private async Task SetupRouteAsync()
    {
        _host = await LoadHost.StartAsync(new Dictionary<string, string> { ["Overtime__DecisionWindow"] = "08:00:00" });
        await PrepareAsync(_host.TablePrefix, _host.HubName);
        _http = LoadHost.SharedClient(_host);
        var tokens = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(_staff.Take(Submissions * 5), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (id, _) => tokens[id] = await _host.TokenAsync(id, Roles.Employee));
        _tokens = new Dictionary<string, string>(tokens, StringComparer.Ordinal);
    }

    private async Task PrepareAsync(string tablePrefix, string hub)
    {
        _services = OvertimeServices.Build(tablePrefix);
        await OvertimeServices.ImportRosterAsync(_services, RosterSize);
        _requests = _services.GetRequiredService<OvertimeRequests>();
        var roster = await _services.GetRequiredService<RosterDirectory>().GetIndexAsync();
        _direct = new OvertimeDirectSubmit(_services.GetRequiredService<Tables>(), roster, _services.GetRequiredService<OvertimeClock>().Today, hub);
        await _direct.PrepareAsync();
        _staff = new ConcurrentQueue<string>(roster.Staff.Where(s => s.StaffId.StartsWith('S')).Select(s => s.StaffId));
    }

    private async Task<int> RunAsync(string how, Func<string, Task<bool>> submit)
    {
        var elapsed = await OvertimeRun.RunAsync(_staff, Submissions, InFlight, submit);
        OvertimeRun.Report($"{how}: {OvertimeRun.Rate(Submissions, elapsed)}");
        return Submissions;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http?.Dispose();
        if (_host is not null && Environment.GetEnvironmentVariable("OVERTIME_BENCHMARK_HOST_LOG") is { Length: > 0 } log)
        {
            // The host's warnings and failures (its durable engine's included), to read after a slow route run.
            File.WriteAllText(log, _host.Output);
        }

        _services.Dispose();
        _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
