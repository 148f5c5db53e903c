using Microsoft.Playwright;
using Transformation.Tests.SignIn;
using Transformation.Tests.Support;

namespace Transformation.Tests.Surveys;

/// <summary>HR runs the year's survey cycle from the browser alone: from the home page, launch, watch, close.</summary>
public sealed class SurveyCycleConsoleInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Hr = "ito-yumi@example.go.jp";

    [Fact]
    public async Task HR_launches_the_cycle_from_the_home_page_and_sees_it_open_for_answers()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();

        await LaunchFromHomeAsync(page);

        Assert.Contains("調査を開始しました", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await WaitForStageAsync(page, "回答受付中");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("survey-cycle-console-ja.png"), FullPage = true });
    }

    [Fact]
    public async Task HR_closes_an_open_cycle_after_ticking_the_confirmation()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();
        await LaunchFromHomeAsync(page);
        await WaitForStageAsync(page, "回答受付中");

        await page.GetByLabel("締め切ることを確認しました").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "いま締め切る" }).ClickAsync();

        Assert.Contains("回答の締切を受け付けました", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await WaitForStageAsync(page, s => s != "回答受付中");
    }

    [Fact]
    public async Task Closing_without_the_confirmation_says_so_and_leaves_the_cycle_open()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();
        await LaunchFromHomeAsync(page);
        await WaitForStageAsync(page, "回答受付中");

        await page.GetByRole(AriaRole.Button, new() { Name = "いま締め切る" }).ClickAsync();

        Assert.Contains("確認欄にチェック", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal("回答受付中", await StageAsync(page));
    }

    private static async Task LaunchFromHomeAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator("#staffId").FillAsync(Hr);
        await page.Locator("input[name=roles][value='hr.admin']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new("^職員調査の運営") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("年度の調査を開始する$") }).ClickAsync();
        await page.WaitForSelectorAsync("[role=status]");
    }

    // Until the engine has taken up the new cycle, the page may show none.
    private static async Task<string> StageAsync(IPage page) =>
        await page.Locator("td[data-phase]").CountAsync() == 0 ? "" : (await page.InnerTextAsync("td[data-phase]")).Trim();

    // The invitations go out in the background: the page shows the stage it is in when it is loaded.
    private static Task WaitForStageAsync(IPage page, string stage) => WaitForStageAsync(page, s => s == stage);

    private static async Task WaitForStageAsync(IPage page, Func<string, bool> reached)
    {
        for (var i = 0; i < 120 && !reached(await StageAsync(page)); i++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        Assert.True(reached(await StageAsync(page)), $"The page still shows the stage {await StageAsync(page)}.");
    }
}
