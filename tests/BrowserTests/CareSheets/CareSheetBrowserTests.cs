using Microsoft.Playwright;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>
/// The sheet as people use it, in a real browser and in Japanese: the employee signs in, fills the form
/// (and corrects a mistake the page points out), the supervisor opens the link from the email and
/// approves, the employee's page shows the approved sheet, and the employee withdraws it there.
/// </summary>
public sealed class CareSheetBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task An_employee_submits_in_japanese_the_supervisor_approves_from_the_email_and_the_employee_sees_it_approved()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var sheets = new CareSheetHarness(host);
        await sheets.ImportRosterAsync();
        var today = CareSheetRequests.TodayInJapan();

        await using var employeeContext = await chromium.PersonAsync(host.BaseUrl);
        var employee = await employeeContext.NewPageAsync();
        await employee.GotoAsync("/care-sheets/new");
        Assert.Contains("/dev/sign-in", employee.Url, StringComparison.Ordinal);
        await employee.Locator("#staffId").FillAsync("E12");
        await employee.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await employee.WaitForURLAsync("**/care-sheets/new");
        Assert.Equal("ja", await employee.Locator("html").GetAttributeAsync("lang"));

        await employee.Locator("#f-kind-0").CheckAsync();
        await employee.Locator("#f-childBirthYears").FillAsync($"{today.Year - 5}、{today.Year - 2}");
        await employee.Locator("#f-teleworkDaysPerWeek").FillAsync("2");
        await employee.Locator("#f-flexTime-0").CheckAsync();
        await employee.Locator("#f-shorterHours-0").CheckAsync();
        await employee.Locator("#f-shorterDailyHours").FillAsync("6");
        await employee.Locator("#f-overtimeLimitHours").FillAsync("0");
        await employee.Locator("input[name='leavePeriods[0].from']").FillAsync(CareSheetInputs.Iso(today.AddDays(40)));
        await employee.Locator("input[name='leavePeriods[0].to']").FillAsync(CareSheetInputs.Iso(today.AddDays(44)));
        await employee.Locator("#f-travelLimits").FillAsync("日帰り出張のみ可");
        await employee.Locator("#f-periodFrom").FillAsync(CareSheetInputs.Iso(today.AddDays(10)));
        await employee.Locator("#f-periodTo").FillAsync(CareSheetInputs.Iso(today.AddDays(5)));
        await employee.Locator("#f-note").FillAsync("保育園の送迎のため、火曜と木曜は16時に退庁したいです。");
        await employee.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();

        // The page comes back with the message next to the field and what was typed kept.
        var error = employee.Locator("#f-periodTo-error");
        await employee.ScreenshotAsync(new() { Path = Artifacts.PathFor("care-sheet-form-error-ja.png"), FullPage = true });
        Assert.Equal("期間の終了日は開始日以降にしてください。", (await error.TextContentAsync())?.Trim());
        Assert.Equal("保育園の送迎のため、火曜と木曜は16時に退庁したいです。", await employee.Locator("#f-note").InputValueAsync());
        Assert.Equal("日帰り出張のみ可", await employee.Locator("#f-travelLimits").InputValueAsync());

        await employee.Locator("#f-periodTo").FillAsync(CareSheetInputs.Iso(today.AddMonths(6)));
        await employee.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await employee.WaitForURLAsync("**/care-sheets?submitted=*");
        Assert.Contains("シートを提出しました。", await employee.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("承認待ち", (await employee.Locator("td.state").First.TextContentAsync())?.Trim());

        var mail = await sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E11"), m => m.Subject.Contains("承認依頼", StringComparison.Ordinal), "approval request");
        Assert.Contains("渡辺 翔太", mail.Subject, StringComparison.Ordinal);
        var link = mail.Links.First(l => l.Contains("/links/", StringComparison.Ordinal));

        await using var supervisorContext = await chromium.PersonAsync(host.BaseUrl);
        var supervisor = await supervisorContext.NewPageAsync();
        await supervisor.GotoAsync(link);
        var sheet = await supervisor.Locator("table.sheet").TextContentAsync();
        await supervisor.ScreenshotAsync(new() { Path = Artifacts.PathFor("care-sheet-approval-link-ja.png"), FullPage = true });
        Assert.Contains("育児シート", sheet, StringComparison.Ordinal);
        Assert.Contains("保育園の送迎のため、火曜と木曜は16時に退庁したいです。", sheet, StringComparison.Ordinal);
        Assert.Contains("日帰り出張のみ可", sheet, StringComparison.Ordinal);
        await supervisor.GetByLabel("承認", new() { Exact = true }).CheckAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync();
        await supervisor.GetByText("受け付けました", new() { Exact = false }).First.WaitForAsync();

        await employee.GotoAsync("/care-sheets");
        Assert.Equal("承認済み", (await employee.Locator("td.state").First.TextContentAsync())?.Trim());
        Assert.Contains("育児シート", await employee.Locator("table.sheets").TextContentAsync(), StringComparison.Ordinal);

        // The employee can withdraw the sheet at any time, from the same page.
        await employee.GetByRole(AriaRole.Button, new() { Name = "取り下げる" }).ClickAsync();
        await employee.WaitForURLAsync("**/care-sheets?lang=ja");
        Assert.Equal("取下げ", (await employee.Locator("td.state").First.TextContentAsync())?.Trim());
    }
}
