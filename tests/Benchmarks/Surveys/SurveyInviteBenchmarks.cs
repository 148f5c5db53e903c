using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Organisation.Import;
using Transformation.Organisation.Lookup;
using Transformation.Surveys.Workflow;
using Transformation.Tests.Support;

namespace Transformation.Benchmarks.Surveys;

/// <summary>
/// The invitation phase of a 100,000-staff cycle: every chunk's <see cref="SurveyCycleActivities.SurveyInviteChunk"/>
/// (links written to Azurite, mail sent by the real SendGrid client to a local recorder), a few chunks at a time as
/// the orchestration's fan-out runs them, after <see cref="SurveyCycleActivities.SurveyCyclePrepare"/> planned them. Targets: ≤ 60 s and ≤ 100 SendGrid requests. One iteration: a run is
/// a minute of storage writes. Each invocation is a new cycle, so no run re-invites another's staff.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class SurveyInviteBenchmarks
{
    private RecordingHttpServer _sendGrid = null!;
    private ServiceProvider _services = null!;
    private SurveyCycleActivities _activities = null!;
    private int _run;

    [Params(100_000)]
    public int Staff { get; set; }

    /// <summary>Chunk activities running at once (the worker's concurrent activities on one small instance).</summary>
    [Params(4)]
    public int ChunksAtOnce { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _sendGrid = await RecordingHttpServer.StartAsync();
        _services = SurveyServices.Build(Azurite.UniquePrefix(), new Dictionary<string, string?>
        {
            ["Mail:Provider"] = "SendGrid",
            ["Mail:SendGridApiKey"] = "SG.benchmark",
            ["Mail:FromAddress"] = "jinji@example.go.jp",
            ["Mail:SendGridHost"] = _sendGrid.BaseAddress.AbsoluteUri,
        });
        var csv = Encoding.UTF8.GetBytes(LargeRoster.Build(Staff).Text());
        var imported = await _services.GetRequiredService<RosterImporter>().ImportAsync(csv, "HR1");
        if (imported.Status != RosterImportStatus.Imported)
        {
            throw new InvalidOperationException($"The roster was not imported: {imported.Status} {(imported.Errors.Count > 0 ? imported.Errors[0].Message.En : "")}");
        }

        _ = await _services.GetRequiredService<RosterDirectory>().CurrentSnapshotIdAsync()
            ?? throw new InvalidOperationException("No roster snapshot after the import.");
        _activities = ActivatorUtilities.CreateInstance<SurveyCycleActivities>(_services);
    }

    [Benchmark]
    public int InvitePhase() => InvitePhaseAsync().GetAwaiter().GetResult();

    private async Task<int> InvitePhaseAsync()
    {
        var cycleId = "bench-" + Interlocked.Increment(ref _run).ToString(CultureInfo.InvariantCulture);
        var before = _sendGrid.Requests.Count;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        // As the orchestration does: the prepare activity opens the cycle and plans the chunks, then every chunk runs.
        var plan = await _activities.SurveyCyclePrepare(new CycleRun(cycleId, DateTime.UtcNow, "benchmark"));
        var mailed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, plan.Chunks), new ParallelOptions { MaxDegreeOfParallelism = ChunksAtOnce }, async (chunk, _) =>
            Interlocked.Add(ref mailed, await _activities.SurveyInviteChunk(new ChunkRun(cycleId, plan.SnapshotId, chunk, plan.ChunkSize, plan.ClosesAtUtc, "invite"))));
        var requests = _sendGrid.Requests.Count - before;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"// Invite phase of cycle {cycleId}: {mailed} of {plan.Staff} invited in {plan.Chunks} chunks, {requests} SendGrid requests, "
            + $"{cpu.TotalSeconds:F1} s CPU in this process (recorder included)");
        return mailed;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _sendGrid.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
