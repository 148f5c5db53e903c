using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Transformation.Benchmarks.Overtime;

/// <summary>Runs one operation for each id of a queue, <paramref name="concurrency"/> at a time; fails when any is refused.</summary>
public static class OvertimeRun
{
    public static async Task<TimeSpan> RunAsync(ConcurrentQueue<string> ids, int count, int concurrency, Func<string, Task<bool>> operation)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(operation);
        var watch = Stopwatch.StartNew();
        var started = 0;
        var failed = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref started) <= count && ids.TryDequeue(out var id))
            {
                if (!await operation(id))
                {
                    Interlocked.Increment(ref failed);
                }
            }
        });
        await Task.WhenAll(workers);
        watch.Stop();
        return failed == 0 ? watch.Elapsed : throw new InvalidOperationException($"{failed} operations were refused.");
    }

    /// <summary>How many staff a run uses: <paramref name="full"/>, or OVERTIME_BENCHMARK_STAFF when set.</summary>
    public static int Scale(int full) =>
        int.TryParse(Environment.GetEnvironmentVariable("OVERTIME_BENCHMARK_STAFF"), out var staff) && staff > 0 ? staff : full;

    public static void Report(string line) => Console.WriteLine("// " + line);

    public static string Rate(int count, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} in {elapsed.TotalSeconds:F2} s = {count / elapsed.TotalSeconds:F0}/s");
}

/// <summary>One warm-up and three measured runs in this process (see <see cref="ThreeSixty.InProcessMonitoring"/>).</summary>
public sealed class OvertimeJob() : ThreeSixty.InProcessMonitoring(1, 3);
