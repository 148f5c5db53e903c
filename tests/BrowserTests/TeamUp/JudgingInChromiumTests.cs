using Microsoft.Playwright;
using Transformation.TeamUp.Seasons;
using Transformation.Tests.Support;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

/// <summary>
/// A judge scores an entry in a real browser, in Japanese: the entry of the judge's own bureau is not on the page,
/// a criterion left out is pointed out next to its radio buttons with the other choices kept, and the saved
/// scores are there when the page is opened again.
/// </summary>
public sealed class JudgingInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_judge_scores_an_entry_in_japanese_and_the_own_bureau_entry_is_not_offered()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var harness = new JudgingHarness(host);
        await harness.ImportRosterAsync();
        await harness.CreateSeasonAsync("2071", SeasonPhase.Judging, ["J1"]);
        await harness.EntryAsync("2071", "D2", 12, mission: "自局の課のミッション");
        await harness.EntryAsync("2071", "D3", 30, mission: "会議を半分にして考える時間をつくる");

        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var judge = await context.NewPageAsync();
        await judge.GotoAsync("/team-up/2071/judging");
        Assert.Contains("/dev/sign-in", judge.Url, StringComparison.Ordinal);
        await judge.Locator("#staffId").FillAsync("J1");
        await judge.Locator("input[name=roles][value='judge']").CheckAsync();
        await judge.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await judge.WaitForURLAsync("**/team-up/2071/judging");

        Assert.Equal("ja", await judge.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("審査", await judge.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal(1, await judge.Locator("section.entry").CountAsync());
        Assert.Equal(0, await judge.Locator("#entry-D2").CountAsync());
        Assert.Contains("会議を半分にして考える時間をつくる", await judge.InnerTextAsync("#entry-D3"), StringComparison.Ordinal);
        Assert.Contains("利益相反", await judge.InnerTextAsync("main"), StringComparison.Ordinal);

        // Radio i of a criterion is the score i + 1. "Value to other divisions" is left out at first.
        await judge.Locator("[id='f-D3.policy-3']").CheckAsync();
        await judge.Locator("[id='f-D3.stop-4']").CheckAsync();
        await judge.Locator("[id='f-D3.teamwork-2']").CheckAsync();
        await judge.Locator("[id='f-D3.comment']").FillAsync("止める仕事の理由が具体的で説得力がある。");
        await judge.GetByRole(AriaRole.Button, new() { Name = "この採点を保存" }).ClickAsync();

        var error = judge.Locator("[id='f-D3.spread-error']");
        Assert.Equal("「他部署への波及性」の点数を選んでください。", (await error.TextContentAsync())?.Trim());
        Assert.True(await judge.Locator("[id='f-D3.stop-4']").IsCheckedAsync());
        Assert.Equal("止める仕事の理由が具体的で説得力がある。", await judge.Locator("[id='f-D3.comment']").InputValueAsync());
        Assert.Null(await harness.Scores.GetAsync("2071", "J1", "D3"));

        await judge.Locator("[id='f-D3.spread-1']").CheckAsync();
        await judge.GetByRole(AriaRole.Button, new() { Name = "この採点を保存" }).ClickAsync();
        await judge.WaitForURLAsync("**/team-up/2071/judging?done=D3*");
        Assert.Contains("「第3課」の採点を保存しました。", await judge.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal("採点済み", (await judge.Locator("tr[data-division='D3'] td.state").TextContentAsync())?.Trim());
        await judge.ScreenshotAsync(new() { Path = Artifacts.PathFor("team-up-judging-saved-ja.png"), FullPage = true });

        var card = await harness.Scores.GetAsync("2071", "J1", "D3");
        Assert.NotNull(card);
        Assert.Equal(4, card.Scores["policy"]);
        Assert.Equal(5, card.Scores["stop"]);
        Assert.Equal(3, card.Scores["teamwork"]);
        Assert.Equal(2, card.Scores["spread"]);

        await judge.GotoAsync("/team-up/2071/judging");
        Assert.True(await judge.Locator("[id='f-D3.stop-4']").IsCheckedAsync());
        Assert.True(await judge.Locator("[id='f-D3.spread-1']").IsCheckedAsync());
    }
}
