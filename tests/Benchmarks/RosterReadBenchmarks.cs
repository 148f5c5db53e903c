using BenchmarkDotNet.Attributes;
using Transformation.Organisation.Import;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Benchmarks;

/// <summary>Reading and validating a whole personnel export: 100,000 staff, as the ministry-scale case.</summary>
[MemoryDiagnoser]
public class RosterReadBenchmarks
{
    private byte[] _utf8 = [];
    private byte[] _shiftJis = [];

    [Params(100_000)]
    public int Staff { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = LargeRoster.Build(Staff);
        _utf8 = builder.Utf8();
        _shiftJis = builder.ShiftJis();
    }

    [Benchmark(Baseline = true)]
    public int Utf8() => Read(_utf8);

    [Benchmark]
    public int ShiftJis() => Read(_shiftJis);

    private static int Read(byte[] bytes)
    {
        var file = RosterReader.Read(bytes, 64 * 1024 * 1024, 200_000);
        return file.Errors.Count == 0 ? file.Staff.Count : throw new InvalidOperationException(file.Errors[0].Message.En);
    }
}
