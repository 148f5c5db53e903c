using BenchmarkDotNet.Running;
using Transformation.Benchmarks.Load;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*'   (Azurite must be running: see docs/performance.md)
// dotnet run -c Release --project tests/Benchmarks -- load care-sheets|survey   (load runs on the real local host)
if (args is ["load", .. var rest])
{
    return await LoadCommand.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Transformation.Benchmarks.RosterReadBenchmarks).Assembly).Run(args);
return 0;
