using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;

namespace Transformation.Tests.Links;

/// <summary>What a person sees in a real browser when an emailed link can no longer be used.</summary>
public sealed class LinkPagesInChromiumTests
{
    [Fact]
    public async Task An_expired_link_shows_a_readable_Japanese_page_that_switches_to_English()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var links = new ActionLinks(
            new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = host.TablePrefix })),
            TimeProvider.System, Options.Create(new AppOptions { PublicBaseUrl = host.BaseUrl }), NullLogger<ActionLinks>.Instance);
        var link = await links.IssueAsync("caresheet.approval", "S-1", "caresheet:1", 1, DateTimeOffset.UtcNow.AddSeconds(1), Language.Ja);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        var response = await page.GotoAsync(link.Url.ToString());

        Assert.Equal(410, response!.Status);
        Assert.Equal("ja", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("有効期限", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("expired-link-ja.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "English" }).ClickAsync();

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("expired", await page.InnerTextAsync("main"), StringComparison.OrdinalIgnoreCase);
    }
}
