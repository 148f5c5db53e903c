using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Benchmarks.Surveys;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Requests;
using Transformation.Tests.Support;

namespace Transformation.Benchmarks.Overtime;

/// <summary>
/// A request's cap check (<see cref="OvertimeRequests.AssessAsync"/>) for <see cref="Checks"/> people, each with this year's and
/// last year's totals stored, 16 at a time; counts the storage requests it sends. Target: at most 2 entities read a check.
/// </summary>
[Config(typeof(OvertimeJob))]
public class OvertimeCapCheckBenchmarks
{
    private ServiceProvider _services = null!;
    private OvertimeRequests _requests = null!;
    private StorageRequestCounter _counter = null!;
    private DateOnly _today;

    [Params(1000)]
    public int Checks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _services = OvertimeServices.Build(Azurite.UniquePrefix());
        _requests = _services.GetRequiredService<OvertimeRequests>();
        _today = _services.GetRequiredService<OvertimeClock>().Today;
        var store = _services.GetRequiredService<OvertimeStore>();
        var fiscal = FiscalYear.Of(_today);
        Parallel.ForEachAsync(Ids(), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, ct) =>
        {
            var minutes = Enumerable.Repeat(20 * 60, FiscalYear.MonthsInYear).ToArray();
            var none = new int[FiscalYear.MonthsInYear];
            await store.CommitAsync(
            [
                RowWrite.Of(new OvertimeYear(id, fiscal, minutes, none, []), null),
                RowWrite.Of(new OvertimeYear(id, fiscal.Previous, minutes, none, []), null),
            ], ct);
        }).GetAwaiter().GetResult();
        _counter = new StorageRequestCounter();
    }

    [Benchmark]
    public int CapCheck() => CapCheckAsync().GetAwaiter().GetResult();

    private async Task<int> CapCheckAsync()
    {
        var before = _counter.Count;
        var checks = 0;
        var elapsed = await OvertimeRun.RunAsync(new ConcurrentQueue<string>(Ids()), Checks, 16, async id =>
        {
            var day = new OvertimeDay(id, _today, 1, OvertimeState.Pending, "bench", null, 120, "H", Designation.Ordinary, [],
                DateTimeOffset.UtcNow, 0);
            var assessment = await _requests.AssessAsync(day, 2m);
            Interlocked.Increment(ref checks);
            return assessment.Limits.Count > 0;
        });
        var requests = _counter.Count - before;
        OvertimeRun.Report(string.Create(CultureInfo.InvariantCulture,
            $"Cap checks: {OvertimeRun.Rate(checks, elapsed)}, {requests} storage requests = {(double)requests / checks:F2} a check"));
        return requests > 2L * checks ? throw new InvalidOperationException($"{requests} storage requests for {checks} cap checks.") : checks;
    }

    private IEnumerable<string> Ids() => Enumerable.Range(0, Checks).Select(i => "C" + i.ToString("D6", CultureInfo.InvariantCulture));

    [GlobalCleanup]
    public void Cleanup()
    {
        _counter?.Dispose();
        _services.Dispose();
    }
}
