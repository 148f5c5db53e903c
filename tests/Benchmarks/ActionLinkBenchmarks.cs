using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Tests.Support;

namespace Transformation.Benchmarks;

/// <summary>An emailed link's life against Azurite: issue (resource read + insert), then redeem (read + conditional write).</summary>
public class ActionLinkBenchmarks
{
    private ActionLinks _links = null!;

    [GlobalSetup]
    public void Setup() => _links = new ActionLinks(Azurite.NewTables(), TimeProvider.System,
        Options.Create(new AppOptions { PublicBaseUrl = new Uri("http://127.0.0.1:7071") }), NullLogger<ActionLinks>.Instance);

    [Benchmark]
    public async Task<bool> IssueThenRedeem()
    {
        var link = await _links.IssueAsync("bench", "S-1", "bench:1", 1, DateTimeOffset.UtcNow.AddDays(1), Language.Ja);
        return (await _links.RedeemAsync(link.Token, "bench", 1)).IsOk;
    }
}
