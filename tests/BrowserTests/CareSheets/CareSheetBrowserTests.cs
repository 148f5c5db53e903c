using Microsoft.Playwright;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>
/// The sheet as people use it, in a real browser and in Japanese: the employee signs in, fills the form
/// (and corrects a mistake the page points out), the supervisor opens the link from the email and
/// approves, the employee's page shows the approved sheet, and the employee withdraws it there. And signed
/// in: the supervisor returns a sheet from the sheets awaiting their decision, the employee revises it on its edit page.
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

    [Fact]
    public async Task The_supervisor_returns_a_sheet_from_the_approval_list_and_the_employee_revises_it_on_its_edit_page()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var sheets = new CareSheetHarness(host);
        await sheets.ImportRosterAsync();
        var id = await sheets.SubmitAsync("E12");

        await using var supervisorContext = await chromium.PersonAsync(host.BaseUrl);
        var supervisor = await supervisorContext.NewPageAsync();
        await supervisor.GotoAsync("/care-sheets/to-approve");
        await supervisor.Locator("#staffId").FillAsync("E11");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await supervisor.WaitForURLAsync("**/care-sheets/to-approve");
        Assert.Contains("渡辺 翔太", await supervisor.Locator($"tr[data-sheet='{id}']").TextContentAsync(), StringComparison.Ordinal);
        await supervisor.Locator($"tr[data-sheet='{id}']").GetByRole(AriaRole.Link, new() { Name = "内容を確認して判断する" }).ClickAsync();
        await supervisor.WaitForURLAsync($"**/care-sheets/{id}?lang=ja");
        Assert.Contains("保育園の送迎のため、17時に退庁したいです。", await supervisor.Locator("table.sheet").TextContentAsync(), StringComparison.Ordinal);

        // Returning needs a comment: the page says so at the field.
        await supervisor.GetByLabel("差戻し", new() { Exact = true }).CheckAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync();
        Assert.Equal("差戻し・却下にはコメントが必要です。", (await supervisor.Locator("#f-comment-error").TextContentAsync())?.Trim());
        await supervisor.GetByLabel("差戻し", new() { Exact = true }).CheckAsync();
        await supervisor.Locator("#f-comment").FillAsync("テレワークは週2日までにしてください。");
        await supervisor.ScreenshotAsync(new() { Path = Artifacts.PathFor("care-sheet-decision-page-ja.png"), FullPage = true });
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "送信する" }).ClickAsync();
        await supervisor.WaitForURLAsync("**/care-sheets/to-approve?decided=return*");
        Assert.Contains("判断（差戻し）を記録しました。", await supervisor.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await supervisor.Locator($"tr[data-sheet='{id}']").CountAsync());

        await using var employeeContext = await chromium.PersonAsync(host.BaseUrl);
        var employee = await employeeContext.NewPageAsync();
        await employee.GotoAsync("/care-sheets");
        await employee.Locator("#staffId").FillAsync("E12");
        await employee.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await employee.WaitForURLAsync("**/care-sheets");
        var row = employee.Locator($"tr[data-sheet='{id}']");
        Assert.Equal("差戻し", (await row.Locator("td.state").TextContentAsync())?.Trim());
        Assert.Contains("テレワークは週2日までにしてください。", await row.TextContentAsync(), StringComparison.Ordinal);
        await row.GetByRole(AriaRole.Link, new() { Name = "修正する" }).ClickAsync();
        await employee.WaitForURLAsync($"**/care-sheets/{id}/edit?lang=ja");

        // The form starts from what the sheet says, under the supervisor's comment.
        Assert.Contains("テレワークは週2日までにしてください。", await employee.Locator("section.returned").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("3", await employee.Locator("#f-teleworkDaysPerWeek").InputValueAsync());
        Assert.Equal("保育園の送迎のため、17時に退庁したいです。", await employee.Locator("#f-note").InputValueAsync());
        Assert.True(await employee.Locator("#f-kind-0").IsCheckedAsync());
        await employee.Locator("#f-teleworkDaysPerWeek").FillAsync("2");
        await employee.Locator("#f-note").FillAsync("テレワークを週2日にしました。");
        await employee.ScreenshotAsync(new() { Path = Artifacts.PathFor("care-sheet-edit-page-ja.png"), FullPage = true });
        await employee.GetByRole(AriaRole.Button, new() { Name = "修正して再提出する" }).ClickAsync();
        await employee.WaitForURLAsync("**/care-sheets?revised=*");
        Assert.Contains("シートを修正して再提出しました。", await employee.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("承認待ち", (await row.Locator("td.state").TextContentAsync())?.Trim());
        Assert.Equal("2", (await row.Locator("td").Nth(2).TextContentAsync())?.Trim());

        // The supervisor is asked again, for version 2, and finds it in their list.
        await sheets.WaitForLinkAsync("E11", "承認依頼", id, version: 2);
        await supervisor.GotoAsync("/care-sheets/to-approve");
        Assert.Equal(1, await supervisor.Locator($"tr[data-sheet='{id}']").CountAsync());
    }
}
