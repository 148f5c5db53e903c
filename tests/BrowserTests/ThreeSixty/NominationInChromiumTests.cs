using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Platform.Storage;
using Transformation.Tests.SignIn;
using Transformation.Tests.Support;
using Transformation.ThreeSixty.Nomination;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.Tests.ThreeSixty;

/// <summary>
/// The 360 nomination as people use it, in Japanese: a section chief of the sample roster (高橋 直樹, 秘書課長) chooses
/// peers, one entry is refused with a readable message and nothing typed is lost; HR locks the list, after which the
/// subject's page is read-only. The round is written straight into the host's tables (no orchestration runs).
/// </summary>
public sealed class NominationInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string RoundId = "2026";
    private const string Subject = "1010001";
    private const string Hr = "1010003";

    [Fact]
    public async Task A_subject_nominates_peers_after_one_entry_is_refused_with_what_they_typed_kept()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await OpenRoundAsync(host);
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAsync(page, $"/360/{RoundId}/nomination", Subject, "employee");
        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("指名の期限", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        await page.GetByLabel("小林 浩二（総務課）").CheckAsync();
        await page.GetByLabel("加藤 恵（総務課）").CheckAsync();
        // 佐藤 誠 is his supervisor: he rates as the supervisor and cannot be a peer too.
        await page.Locator("#f-others").FillAsync("1000002");
        await page.GetByRole(AriaRole.Button, new() { Name = "同僚リストを保存する" }).ClickAsync();

        Assert.Equal("佐藤 誠さんはあなたの上司として回答するため、同僚には選べません。",
            (await page.Locator("#f-others-error").TextContentAsync())?.Trim());
        Assert.Equal("1000002", await page.Locator("#f-others").InputValueAsync());
        Assert.True(await page.GetByLabel("小林 浩二（総務課）").IsCheckedAsync());
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("three-sixty-nomination-error-ja.png"), FullPage = true });

        await page.Locator("#f-others").FillAsync("kimura-daisuke@example.go.jp");
        await page.GetByRole(AriaRole.Button, new() { Name = "同僚リストを保存する" }).ClickAsync();
        await page.WaitForURLAsync($"**/360/{RoundId}/nomination?done=saved*");

        Assert.Contains("同僚リストを保存しました", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        var listed = await page.Locator("table.peers tbody tr").AllInnerTextsAsync();
        Assert.Equal(3, listed.Count);
        Assert.Contains(listed, l => l.Contains("木村 大輔", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("three-sixty-nomination-saved-ja.png"), FullPage = true });
    }

    [Fact]
    public async Task HR_locks_a_peer_list_and_the_subject_can_no_longer_change_it()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await OpenRoundAsync(host);
        await using var hrContext = await chromium.PersonAsync(host.BaseUrl);
        var hr = await hrContext.NewPageAsync();
        await SignInAsync(hr, $"/360/{RoundId}/subjects", Hr, "hr.admin");
        var row = hr.Locator($"#subject-{Subject}");
        Assert.Equal("変更可", (await row.Locator("td.state").TextContentAsync())?.Trim());

        await row.GetByRole(AriaRole.Button, new() { Name = "確定する 高橋 直樹" }).ClickAsync();
        await hr.WaitForURLAsync($"**/360/{RoundId}/subjects?done=locked*");

        Assert.Contains("同僚リストを確定しました", await hr.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Equal("確定", (await hr.Locator($"#subject-{Subject} td.state").TextContentAsync())?.Trim());
        Assert.Equal("システムが提案", (await hr.Locator($"#subject-{Subject} td.source").TextContentAsync())?.Trim());
        await hr.ScreenshotAsync(new() { Path = Artifacts.PathFor("three-sixty-subjects-ja.png"), FullPage = true });

        await using var subjectContext = await chromium.PersonAsync(host.BaseUrl);
        var subject = await subjectContext.NewPageAsync();
        await SignInAsync(subject, $"/360/{RoundId}/nomination", Subject, "employee");
        Assert.Contains("人事課が同僚リストを確定したため", await subject.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(0, await subject.Locator("form[method=post]").CountAsync());
    }

    /// <summary>The round, nominating until tomorrow, and its subjects selected from the sample roster.</summary>
    private static async Task OpenRoundAsync(LocalHostProcess host)
    {
        var tables = new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = host.TablePrefix }));
        var organisation = Options.Create(new OrganisationOptions());
        var directory = new RosterDirectory(new RosterStore(tables, organisation), organisation);
        var snapshot = await directory.CurrentSnapshotIdAsync() ?? throw new InvalidOperationException("The sample roster is not imported.");
        var now = DateTimeOffset.UtcNow;
        var round = await new RoundStore(tables, TimeProvider.System).CreateAsync(
            new Round(RoundId, snapshot, RoundPhase.Nominating, now, now.AddDays(1), "2026"));
        var subjects = new SubjectRoster(new SubjectStore(tables), directory, Options.Create(new ThreeSixtyNominationOptions()), TimeProvider.System);
        Assert.True(await subjects.SelectAsync(round, CancellationToken.None) > 0);
    }

    private static async Task SignInAsync(IPage page, string path, string staffId, string role)
    {
        await page.GotoAsync(path);
        await page.Locator("#staffId").FillAsync(staffId);
        await page.Locator($"input[name=roles][value='{role}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**" + path);
    }
}
