using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;

namespace Transformation.Tests.Scheduling;

/// <summary>The local host runs timer functions; the nightly link clean-up removes only long-expired links.</summary>
public sealed class LinkCleanupTimerTests
{
    [Fact]
    public async Task The_cleanup_timer_purges_expired_links_and_keeps_live_ones()
    {
        await using var host = await LocalHostProcess.StartAsync(new Dictionary<string, string> { ["Links__KeepExpiredDays"] = "0" });
        var tables = new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = host.TablePrefix }));
        var links = new ActionLinks(tables, TimeProvider.System, Options.Create(new AppOptions { PublicBaseUrl = host.BaseUrl }), NullLogger<ActionLinks>.Instance);
        var expiring = await links.IssueAsync("test", "S-1", "res:1", 1, DateTimeOffset.UtcNow.AddSeconds(1), Language.Ja);
        var live = await links.IssueAsync("test", "S-1", "res:2", 1, DateTimeOffset.UtcNow.AddDays(7), Language.Ja);
        await Task.Delay(TimeSpan.FromSeconds(2));

        using var run = await host.Http.PostAsync("/admin/functions/LinkCleanup", null);

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.Equal(LinkRefusal.Unknown, (await links.InspectAsync(expiring.Token)).Refusal);
        Assert.True((await links.InspectAsync(live.Token)).IsOk);
    }
}
