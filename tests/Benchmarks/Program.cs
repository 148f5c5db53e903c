using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*'   (Azurite must be running: see docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(Transformation.Benchmarks.RosterReadBenchmarks).Assembly).Run(args);
