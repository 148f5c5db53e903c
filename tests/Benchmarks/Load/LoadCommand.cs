using System.Globalization;

namespace Transformation.Benchmarks.Load;

/// <summary>
/// <c>dotnet run -c Release --project tests/Benchmarks -- load care-sheets|survey [--option value …]</c>: the load runs,
/// which start the real local host and take minutes, so they are not BenchmarkDotNet benchmarks (see docs/performance.md).
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var options = new LoadArguments(args.Skip(1).ToList());
        return (args.Count > 0 ? args[0] : null) switch
        {
            "care-sheets" => await CareSheetLoad.RunAsync(options),
            "survey" => await SurveyLoad.RunAsync(options),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: load care-sheets [--sheets 10000] [--rate 20] [--submit-concurrency 16] [--poll-ms 1000] [--profile 200]");
        Console.Error.WriteLine("       load survey [--respondents 200] [--seconds 120] [--staff 2000] [--links 80000]");
        return 2;
    }
}
