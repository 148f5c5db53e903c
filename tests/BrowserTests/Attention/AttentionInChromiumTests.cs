using Microsoft.Playwright;
using Transformation.Attention;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.Attention;

/// <summary>HR finds the attention page from the care-sheet list, sees a sheet waiting too long and reminds its approver again.</summary>
public sealed class AttentionInChromiumTests
{
    [Fact]
    public async Task HR_opens_the_attention_page_from_the_sheet_list_and_reminds_the_approver_again()
    {
        await using var host = await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["CareSheets__ReminderAfter"] = "1 days",
            ["CareSheets__EscalateAfter"] = "2 days",
            ["Attention__WaitingLongerThan"] = "00:00:01",
        });
        var sheets = new CareSheetHarness(host);
        await sheets.ImportRosterAsync();
        var id = await sheets.SubmitAsync("E12");
        await sheets.WaitForLinkAsync("E11", "承認依頼", id);

        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseUrl, "/care-sheets").ToString());
        await page.GetByLabel("職員番号 (staff id)").FillAsync("HR1");
        await page.GetByLabel("hr.admin").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/care-sheets");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "人事：対応が必要な項目" }).ClickAsync();
        await page.WaitForURLAsync("**/attention?*");
        var row = page.Locator($"tr[data-instance='caresheet-{id}-v1']");
        Assert.Contains("判断されていません", await row.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("attention-list-ja.png"), FullPage = true });

        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "もう一度督促する" }).ClickAsync();

        await page.WaitForURLAsync("**/attention?done=*");
        Assert.Contains("1人の承認者に新しいリンクで督促しました", await page.Locator("p[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        var reminders = (await sheets.OutboxAsync(CareSheetHarness.EmailOf("E11")))
            .Count(m => m.BatchKey.Contains($"{id}:v1:hr-{AttentionActionNames.Remind}-", StringComparison.Ordinal));
        Assert.Equal(1, reminders);
    }
}
