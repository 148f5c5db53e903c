using System.Globalization;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Surveys.Answering;
using Transformation.Tests.Support;

namespace Transformation.Benchmarks.Surveys;

/// <summary>
/// Submitting answers at a sustained rate: <see cref="Submissions"/> links, <see cref="Concurrency"/> at a time, each
/// submitted once with every item answered. Direct calls the answering service in this process (open + submit,
/// what the route does after reading the body) and counts its storage requests; Route POSTs
/// /api/survey/{token}/submit to the real local host. Targets: ≤ 3 storage round trips a submission, route ≥ 75 % of direct.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SurveySubmitBenchmarks
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);
    private ServiceProvider _services = null!;
    private SurveyTokenPool _pool = null!;
    private SurveyAnswering _answering = null!;
    private StorageRequestCounter? _counter;
    private LocalHostProcess? _host;
    private object? _body;

    [Params(1000)]
    public int Submissions { get; set; }

    [Params(16)]
    public int Concurrency { get; set; }

    [GlobalSetup(Target = nameof(Direct))]
    public void SetupDirect()
    {
        _services = SurveyServices.Build(Azurite.UniquePrefix());
        _pool = SurveyTokenPool.IssueAsync(_services, "bench-direct", Submissions * 6).GetAwaiter().GetResult();
        _answering = _services.GetRequiredService<SurveyAnswering>();
        _counter = new StorageRequestCounter();
    }

    [GlobalSetup(Target = nameof(Route))]
    public void SetupRoute()
    {
        _host = LocalHostProcess.StartAsync().GetAwaiter().GetResult();
        _services = SurveyServices.Build(_host.TablePrefix);
        _pool = SurveyTokenPool.IssueAsync(_services, "bench-route", Submissions * 6).GetAwaiter().GetResult();
        _body = new { scores = _pool.Answers.Scores, comments = _pool.Answers.Comments };
    }

    [Benchmark(Baseline = true)]
    public int Direct() => DirectAsync().GetAwaiter().GetResult();

    [Benchmark]
    public int Route() => RouteAsync().GetAwaiter().GetResult();

    private async Task<int> DirectAsync()
    {
        var before = _counter!.Count;
        var (submitted, elapsed) = await SubmitRun.RunAsync(_pool, Submissions, Concurrency, TimeLimit, async token =>
        {
            var opening = await _answering.OpenAsync(token);
            return opening.Session is { } session
                && AnswerRules.CheckSubmission(_pool.Answers) is null
                && await _answering.SubmitAsync(session, _pool.Answers) is null;
        });
        var requests = _counter.Count - before;
        Report("Direct", submitted, elapsed, $", {requests} storage requests = {(double)requests / submitted:F2} a submission");
        return submitted;
    }

    private async Task<int> RouteAsync()
    {
        var (submitted, elapsed) = await SubmitRun.RunAsync(_pool, Submissions, Concurrency, TimeLimit, async token =>
        {
            using var response = await _host!.Http.PostAsJsonAsync($"/api/survey/{token}/submit", _body);
            return response.IsSuccessStatusCode;
        });
        Report("Route", submitted, elapsed, "");
        return submitted;
    }

    private static void Report(string how, int submitted, TimeSpan elapsed, string extra) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {how}: {submitted} submissions in {elapsed.TotalSeconds:F2} s = {submitted / elapsed.TotalSeconds:F0}/s{extra}"));

    [GlobalCleanup]
    public void Cleanup()
    {
        _counter?.Dispose();
        _services.Dispose();
        _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
