using System.Diagnostics;

namespace Transformation.Benchmarks.Surveys;

/// <summary>
/// Runs up to <paramref name="count"/> submissions, <paramref name="concurrency"/> at a time, and stops taking new
/// ones after <paramref name="timeLimit"/>; returns how many succeeded and how long they took.
/// </summary>
public static class SubmitRun
{
    public static async Task<(int Submitted, TimeSpan Elapsed)> RunAsync(SurveyTokenPool pool, int count, int concurrency, TimeSpan timeLimit,
        Func<string, Task<bool>> submit)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(submit);
        var watch = Stopwatch.StartNew();
        var submitted = 0;
        var failed = 0;
        var started = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (watch.Elapsed < timeLimit && Interlocked.Increment(ref started) <= count && pool.TryTake(out var token))
            {
                if (await submit(token))
                {
                    Interlocked.Increment(ref submitted);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        });
        await Task.WhenAll(workers);
        watch.Stop();
        return failed == 0 ? (submitted, watch.Elapsed) : throw new InvalidOperationException($"{failed} submissions were refused.");
    }
}
