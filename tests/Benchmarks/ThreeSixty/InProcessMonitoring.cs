using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Transformation.Benchmarks.ThreeSixty;

/// <summary>
/// One job, run in the benchmark's own process (no generated project to build, which takes minutes on a loaded
/// machine), measured as wall-clock runs of the whole phase: a run is seconds of storage traffic, not a micro-operation.
/// The in-process limit is raised from its 5 minutes: on a loaded machine a slow phase would otherwise give no figure.
/// </summary>
public abstract class InProcessMonitoring : ManualConfig
{
    protected InProcessMonitoring(int warmups, int iterations) => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(warmups).WithIterationCount(iterations)
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
}
