using Microsoft.Playwright;
using Transformation.Tests.SignIn;
using Transformation.Tests.Support;

namespace Transformation.Tests.TeamUp;

/// <summary>
/// HR runs the year's Team-Up season from the browser alone, in Japanese: from the home page, opens the season,
/// finds a judge by name, names the panel (an unknown staff id is pointed out by its line), and the judge named there
/// finds the judging link on their own home page once judging opens. The entry period is shortened to seconds so
/// that judging opens within the test; the default reminders fall before the opening and are not sent.
/// </summary>
public sealed class SeasonConsoleInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Hr = "ito-yumi@example.go.jp";

    // 斎藤 健太 (2010003), 経済産業政策局 / 政策企画課 in the sample roster.
    private const string Judge = "saito-kenta@example.go.jp";

    // The machine the tests share may be loaded: a page can take longer than the browser's usual 30 seconds.
    private const float Patience = 90_000;

    private static readonly Dictionary<string, string> ShortEntryPeriod = new() { ["TeamUp__EntryPeriod"] = "00:00:45" };

    [Fact]
    public async Task HR_opens_the_season_and_names_a_panel_in_japanese_and_the_judge_then_finds_judging_on_their_home_page()
    {
        await using var host = await SampleRosterHost.StartAsync(ShortEntryPeriod);
        await using var hrContext = await chromium.PersonAsync(host.BaseUrl);
        var hr = await hrContext.NewPageAsync();
        hr.SetDefaultTimeout(Patience);
        await SignInAtHomeAsync(hr, Hr, "hr.admin");
        await hr.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new("^チームアップ・チャレンジの運営") }).ClickAsync();
        Assert.Equal("チームアップ・チャレンジの運営", (await hr.InnerTextAsync("h1")).Trim());

        await hr.GetByLabel("すべての課室長にメールが送られることを確認しました").CheckAsync();
        await hr.GetByRole(AriaRole.Button, new() { NameRegex = new("年度のシーズンを開始する$") }).ClickAsync();
        Assert.Contains("シーズンを開始しました", await OutcomeAsync(hr), StringComparison.Ordinal);
        var panel = hr.GetByLabel("審査員の職員番号");
        await WaitUntilShownAsync(hr, panel, TimeSpan.FromSeconds(120), host);
        Assert.Equal("entries", await hr.Locator("td[data-phase]").GetAttributeAsync("data-phase"));

        await hr.Locator("#find").FillAsync("斎藤");
        await hr.GetByRole(AriaRole.Button, new() { Name = "探す" }).ClickAsync();
        Assert.Contains("斎藤 健太", await hr.InnerTextAsync("table.found tr[data-staff='2010003']"), StringComparison.Ordinal);

        await panel.FillAsync("2010003\n9999999");
        await hr.GetByRole(AriaRole.Button, new() { Name = "審査員を指名する" }).ClickAsync();
        Assert.Contains("2行目: 職員番号 9999999 はこのシーズンの名簿にありません。", await OutcomeAsync(hr), StringComparison.Ordinal);
        Assert.Equal("2010003\n9999999", await panel.InputValueAsync());

        await panel.FillAsync("2010003\n2020002");
        await hr.GetByRole(AriaRole.Button, new() { Name = "審査員を指名する" }).ClickAsync();
        Assert.Contains("審査員を保存しました。", await OutcomeAsync(hr), StringComparison.Ordinal);
        var named = await hr.InnerTextAsync("table.panel tr[data-judge='2010003']");
        Assert.Contains("斎藤 健太", named, StringComparison.Ordinal);
        Assert.Contains("経済産業政策局", named, StringComparison.Ordinal);
        await hr.ScreenshotAsync(new() { Path = Artifacts.PathFor("team-up-season-console-ja.png"), FullPage = true });

        await using var judgeContext = await chromium.PersonAsync(host.BaseUrl);
        var judge = await judgeContext.NewPageAsync();
        judge.SetDefaultTimeout(Patience);
        await SignInAtHomeAsync(judge, Judge, "judge");
        var judging = judge.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new("年度の審査（採点）$") });
        await WaitUntilShownAsync(judge, judging, TimeSpan.FromSeconds(180), host);
        await judging.ClickAsync();
        await judge.WaitForURLAsync("**/judging?lang=ja");
        Assert.Contains("審査", await judge.InnerTextAsync("h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_english_the_page_and_a_refused_panel_line_read_in_english()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var hr = await context.NewPageAsync();
        hr.SetDefaultTimeout(Patience);
        await SignInAtHomeAsync(hr, Hr, "hr.admin");
        await hr.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await hr.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new("^Run the Team-Up Challenge") }).ClickAsync();
        Assert.Equal("Running the Team-Up Challenge", (await hr.InnerTextAsync("h1")).Trim());

        await hr.GetByLabel("I understand that every division head will be mailed").CheckAsync();
        await hr.GetByRole(AriaRole.Button, new() { NameRegex = new("^Open the \\d{4} season$") }).ClickAsync();
        var panel = hr.GetByLabel("The judges' staff ids");
        await WaitUntilShownAsync(hr, panel, TimeSpan.FromSeconds(120), host);
        Assert.Equal("Open for entries", (await hr.InnerTextAsync("td[data-phase]")).Trim());

        await panel.FillAsync("2010003\nabc");
        await hr.GetByRole(AriaRole.Button, new() { Name = "Name the panel" }).ClickAsync();

        Assert.Equal("en", await hr.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Line 2: Staff id abc is not in this season's roster.", await OutcomeAsync(hr), StringComparison.Ordinal);
    }

    private static async Task SignInAtHomeAsync(IPage page, string who, string role)
    {
        await page.GotoAsync("/");
        await page.Locator("#staffId").FillAsync(who);
        await page.Locator($"input[name=roles][value='{role}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForSelectorAsync("main");
    }

    /// <summary>What the page says about the last action, success or refusal, so that a failure shows which.</summary>
    private static async Task<string> OutcomeAsync(IPage page)
    {
        await page.WaitForSelectorAsync("[role=status], [role=alert]");
        return await page.InnerTextAsync("main");
    }

    // The workflow writes the season, and later opens judging, in the background: the page shows what is there when loaded.
    private static async Task WaitUntilShownAsync(IPage page, ILocator what, TimeSpan within, LocalHostProcess host)
    {
        var until = DateTimeOffset.UtcNow + within;
        while (await what.CountAsync() == 0 && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        var output = host.Output;
        Assert.True(await what.CountAsync() > 0,
            $"Not shown within {within}: {await page.InnerTextAsync("main")}{Environment.NewLine}{output[Math.Max(0, output.Length - 4000)..]}");
    }
}
