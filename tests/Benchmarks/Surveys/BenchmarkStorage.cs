using Transformation.Tests.Support;

namespace Transformation.Benchmarks.Surveys;

/// <summary>
/// The storage the survey benchmarks write to: Azurite on its default ports, or the Azurite named by the
/// environment variable <c>BENCHMARK_STORAGE</c> (a connection string), so a benchmark that writes hundreds of
/// thousands of rows can have an emulator of its own. The submission route benchmark's local host always uses
/// the default ports, so run that one without it.
/// </summary>
public static class BenchmarkStorage
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("BENCHMARK_STORAGE") is { Length: > 0 } connection ? connection : Azurite.ConnectionString;
}
