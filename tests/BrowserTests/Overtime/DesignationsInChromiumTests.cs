using Microsoft.Playwright;
using Transformation.Tests.SignIn;

namespace Transformation.Tests.Overtime;

/// <summary>HR designates a division for the higher overtime caps from the browser alone, starting at the home page.</summary>
public sealed class DesignationsInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Hr = "ito-yumi@example.go.jp";

    [Fact]
    public async Task HR_designates_a_division_from_the_home_page_and_sees_it_in_force_today()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();
        await OpenFromHomeAsync(page);

        await page.Locator("#f-divisionCode").SelectOptionAsync("1010");
        await page.Locator("#f-effectiveFrom").FillAsync("2020-04-01");
        await page.Locator("#f-kind").SelectOptionAsync("other-directed");
        await page.GetByRole(AriaRole.Button, new() { Name = "設定する" }).ClickAsync();

        Assert.Contains("区分を設定しました。", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Equal("他律的業務の比重が高い部署", (await page.InnerTextAsync("#division-1010 td[data-designation]")).Trim());
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("overtime-designations-ja.png"), FullPage = true });
    }

    [Fact]
    public async Task A_file_with_an_unknown_division_shows_its_line_and_sets_nothing()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();
        await OpenFromHomeAsync(page);
        var csv = "課室コード,適用開始日,指定\n1010,2020-04-01,他律\n9999,2020-04-01,他律\n";

        await page.GetByLabel("CSVファイル").SetInputFilesAsync(
            new FilePayload { Name = "designations.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "取り込む" }).ClickAsync();

        var main = await page.InnerTextAsync("main");
        Assert.Contains("課室コード「9999」は現在の名簿にありません。", main, StringComparison.Ordinal);
        Assert.Equal("通常の部署", (await page.InnerTextAsync("#division-1010 td[data-designation]")).Trim());
    }

    private static async Task OpenFromHomeAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator("#staffId").FillAsync(Hr);
        await page.Locator("input[name=roles][value='hr.admin']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new("^超過勤務の上限区分") }).ClickAsync();
        await page.Locator("h1", new() { HasText = "超過勤務の上限区分（部署の指定）" }).WaitForAsync();
    }
}
