using Microsoft.Playwright;
using Transformation.Tests.Support;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

/// <summary>
/// The Team-Up entry as people use it, in a real browser and in Japanese: a division head writes the entry in the
/// form (the page points out a missing value, nothing typed is lost) and submits it; after the entry deadline
/// another member of staff searches the publication page with a keyword typed in hiragana and opens the entry.
/// </summary>
public sealed class TeamUpEntryInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_head_submits_an_entry_in_japanese_and_after_the_deadline_a_colleague_finds_it_by_keyword()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var harness = new TeamUpEntryHarness(host);
        await harness.ImportRosterAsync();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(40);
        await harness.CreateSeasonAsync("2037", deadline);

        await using var headContext = await chromium.PersonAsync(host.BaseUrl);
        var head = await headContext.NewPageAsync();
        await SignInAsync(head, "/team-up/2037/entries/D1", "H1", "division.head");
        Assert.Equal("ja", await head.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("総務課", await head.InnerTextAsync("h1"), StringComparison.Ordinal);

        await head.Locator("#f-mission").FillAsync("国民に信頼される政策を、チーム全員で届ける。");
        await head.Locator("#f-priorities").FillAsync("1. 法案準備の前倒し\n2. 若手の育成");
        await head.Locator("#f-wayOfWorking").FillAsync("朝会で優先順位をそろえ、資料はクラウドで共同編集する。");
        await head.Locator("[name='stopWork[0].task']").FillAsync("紙の回覧による決裁");
        await head.Locator("[name='stopWork[0].reason']").FillAsync("ペーパーレス決裁で代替できるため");
        await head.Locator("[name='initiatives[0].title']").FillAsync("1on1ミーティング");
        await head.Locator("[name='initiatives[0].description']").FillAsync("課長と全職員が月1回30分話す。");
        await head.GetByRole(AriaRole.Button, new() { Name = "提出する", Exact = true }).ClickAsync();

        // The hours are missing: the message is next to the field, and what was typed is still there.
        var error = head.Locator("[id='f-stopWork[0].hoursPerMonth-error']");
        Assert.Equal("削減できる時間（月あたり）を入力してください。", (await error.TextContentAsync())?.Trim());
        Assert.Equal("ペーパーレス決裁で代替できるため", await head.Locator("[name='stopWork[0].reason']").InputValueAsync());
        await head.ScreenshotAsync(new() { Path = Artifacts.PathFor("team-up-entry-error-ja.png"), FullPage = true });

        await head.Locator("[name='stopWork[0].hoursPerMonth']").FillAsync("２０");
        await head.GetByRole(AriaRole.Button, new() { Name = "提出する", Exact = true }).ClickAsync();
        await head.WaitForURLAsync("**/team-up/2037/entries/D1?done=submitted*");
        Assert.Contains("応募を提出しました", await head.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal("提出済み", (await head.Locator("strong.status").TextContentAsync())?.Trim());
        Assert.Equal("20", (await head.Locator(".total-hours").First.TextContentAsync())?.Trim());
        await head.ScreenshotAsync(new() { Path = Artifacts.PathFor("team-up-entry-submitted-ja.png"), FullPage = true });

        // Before the deadline a colleague learns when entries will be public.
        await using var colleagueContext = await chromium.PersonAsync(host.BaseUrl);
        var colleague = await colleagueContext.NewPageAsync();
        await SignInAsync(colleague, "/team-up/2037/entries", "E31", "employee");
        Assert.Contains("応募締切", await colleague.InnerTextAsync("main"), StringComparison.Ordinal);

        await TeamUpEntryHarness.PassAsync(deadline);
        await colleague.GotoAsync("/team-up/2037/entries");
        await colleague.Locator("#q").FillAsync("ぺーぱーれす");
        await colleague.GetByRole(AriaRole.Button, new() { Name = "検索" }).ClickAsync();
        await colleague.WaitForURLAsync("**/team-up/2037/entries?q=*");
        Assert.Contains("1件が該当しました", await colleague.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("ペーパーレス決裁", await colleague.Locator(".excerpt").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("20", (await colleague.Locator("td.ministry-hours").TextContentAsync())?.Trim());
        await colleague.ScreenshotAsync(new() { Path = Artifacts.PathFor("team-up-publication-search-ja.png"), FullPage = true });

        await colleague.GetByRole(AriaRole.Link, new() { Name = "総務課" }).ClickAsync();
        await colleague.WaitForURLAsync("**/team-up/2037/entries/D1");
        Assert.Equal(0, await colleague.Locator("form[method=post]").CountAsync());
        Assert.Contains("国民に信頼される政策を、チーム全員で届ける。", await colleague.Locator("p.mission").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("紙の回覧による決裁", await colleague.Locator("table.stop-work").TextContentAsync(), StringComparison.Ordinal);
        await colleague.ScreenshotAsync(new() { Path = Artifacts.PathFor("team-up-entry-published-ja.png"), FullPage = true });
    }

    private static async Task SignInAsync(IPage page, string path, string staffId, string role)
    {
        await page.GotoAsync(path);
        Assert.Contains("/dev/sign-in", page.Url, StringComparison.Ordinal);
        await page.Locator("#staffId").FillAsync(staffId);
        await page.Locator($"input[name=roles][value='{role}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**" + path);
    }
}
