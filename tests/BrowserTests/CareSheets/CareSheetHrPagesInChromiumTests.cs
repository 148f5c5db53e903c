using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>
/// HR finds every sheet from the home page, by clicking: filters the list, opens a sheet's audit trail and reads who
/// submitted and who decided. 渡辺 翔太 (E12, bureau B1) has a sheet approved by 田中 美穂 (E11); 岡田 奈々 (E31,
/// bureau B2) has one awaiting a decision.
/// </summary>
public sealed class CareSheetHrPagesInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task HR_filters_the_list_from_the_home_page_and_reads_the_audit_trail_in_japanese()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var (approved, pending) = await SheetsAsync(host);
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAtHomeAsync(page);

        await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new("^全職員の育児・介護シート") }).ClickAsync();
        await page.WaitForURLAsync("**/care-sheets/all?lang=ja");
        Assert.Equal(1, await page.Locator($"tr[data-sheet='{pending}']").CountAsync());
        await page.GetByLabel("状態").SelectOptionAsync(new SelectOptionValue { Label = "承認済み" });
        await page.GetByRole(AriaRole.Button, new() { Name = "表示する" }).ClickAsync();

        await page.WaitForURLAsync("**/care-sheets/all?state=approved*");
        Assert.Equal(0, await page.Locator($"tr[data-sheet='{pending}']").CountAsync());
        var row = page.Locator($"tr[data-sheet='{approved}']");
        Assert.Contains("渡辺 翔太", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("田中 美穂", await row.Locator("td.decider").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("care-sheets-all-ja.png"), FullPage = true });
        await row.GetByRole(AriaRole.Link, new() { Name = "監査記録" }).ClickAsync();

        await page.WaitForURLAsync($"**/care-sheets/{approved}/audit?lang=ja");
        Assert.Contains("渡辺 翔太", await page.Locator("tr[data-action='submit']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("提出", await page.Locator("tr[data-action='submit'] td.what").InnerTextAsync(), StringComparison.Ordinal);
        var decision = await page.Locator("tr[data-action='decide']").InnerTextAsync();
        Assert.Contains("判断：承認", decision, StringComparison.Ordinal);
        Assert.Contains("田中 美穂", decision, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("care-sheet-audit-trail-ja.png"), FullPage = true });
    }

    [Fact]
    public async Task HR_filters_by_bureau_and_reads_the_audit_trail_in_english()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var (approved, pending) = await SheetsAsync(host);
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAtHomeAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new("^Everyone.s care sheets") }).ClickAsync();
        await page.WaitForURLAsync("**/care-sheets/all?lang=en");
        await page.GetByLabel("Bureau").SelectOptionAsync("B2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await page.WaitForURLAsync("**/care-sheets/all?*bureau=B2*");
        Assert.Equal(0, await page.Locator($"tr[data-sheet='{approved}']").CountAsync());
        var row = page.Locator($"tr[data-sheet='{pending}']");
        Assert.Contains("Awaiting: 藤田 学", await row.Locator("td.decider").InnerTextAsync(), StringComparison.Ordinal);
        await row.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();

        await page.WaitForURLAsync($"**/care-sheets/{pending}/audit?lang=en");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Submitted", await page.Locator("tr[data-action='submit'] td.what").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("岡田 奈々", await page.Locator("tr[data-action='submit'] td.who").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("care-sheet-audit-trail-en.png"), FullPage = true });
    }

    // E12's sheet approved by E11 over the API, E31's left awaiting H3.
    private static async Task<(string Approved, string Pending)> SheetsAsync(LocalHostProcess host)
    {
        var sheets = new CareSheetHarness(host);
        await sheets.ImportRosterAsync();
        var approved = await sheets.SubmitAsync("E12");
        var pending = await sheets.SubmitAsync("E31");
        using (var supervisor = await sheets.ClientAsync("E11"))
        using (var decided = await supervisor.PostAsJsonAsync($"/api/care-sheets/{approved}/decision", new { decision = "approve", version = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        return (approved, pending);
    }

    private static async Task SignInAtHomeAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator("#staffId").FillAsync("HR1");
        await page.Locator("input[name=roles][value='hr.admin']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:text('ホーム')");
    }
}
