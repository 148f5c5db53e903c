using Transformation.Tests.Support.Measurement;

namespace Transformation.Tests;

public sealed class LatenciesTests
{
    [Fact]
    public void Percentiles_take_the_nearest_rank_so_each_is_a_measured_value()
    {
        var sorted = Enumerable.Range(1, 20).Select(i => (double)i).ToList();

        Assert.Equal(10, Latencies.Percentile(sorted, 50));
        Assert.Equal(19, Latencies.Percentile(sorted, 95));
        Assert.Equal(20, Latencies.Percentile(sorted, 99));
        Assert.Equal(20, Latencies.Percentile(sorted, 100));
        Assert.Equal(1, Latencies.Percentile(sorted, 1));
    }

    [Fact]
    public void A_summary_sorts_what_it_is_given()
    {
        var summary = Latencies.Summarize([300, 100, 200, 400]);

        Assert.Equal(new LatencySummary(4, 250, 200, 400, 400, 400), summary);
    }

    [Fact]
    public void One_value_is_every_percentile_and_none_gives_no_figures()
    {
        Assert.Equal(new LatencySummary(1, 7, 7, 7, 7, 7), Latencies.Summarize([7]));
        Assert.True(double.IsNaN(Latencies.Summarize([]).P95));
    }
}
