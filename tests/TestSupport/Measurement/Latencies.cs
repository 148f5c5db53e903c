namespace Transformation.Tests.Support.Measurement;

/// <summary>Count, mean, p50, p95, p99 and max of a set of durations in milliseconds.</summary>
public sealed record LatencySummary(int Count, double Mean, double P50, double P95, double P99, double Max);

/// <summary>
/// Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at rank ⌈p·n⌉
/// (1-based), so it is always one of the measured values and p100 is the maximum.
/// </summary>
public static class Latencies
{
    public static double Percentile(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    public static LatencySummary Summarize(IEnumerable<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.Order().ToList();
        return sorted.Count == 0
            ? new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
            : new LatencySummary(sorted.Count, sorted.Average(), Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1]);
    }
}
