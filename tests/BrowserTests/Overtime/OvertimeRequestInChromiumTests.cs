using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Transformation.Overtime.Decisions;
using Transformation.Overtime.Requests;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;
using Transformation.Tests.SignIn;
using Transformation.Tests.Support;

namespace Transformation.Tests.Overtime;

/// <summary>
/// An employee requests today's overtime from the browser, checking first what it does to their totals, and their supervisor
/// approves it on the decision page (both start at the home page), or decides through the mailed link.
/// </summary>
public sealed class OvertimeRequestInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Employee = "watanabe-shota@example.go.jp";
    private const string Supervisor = "ito-yumi@example.go.jp";
    private const string EmployeeId = "1010004";
    private const string SupervisorId = "1010003";

    // Requests and decisions are otherwise only possible before the end of regular hours, Japan time.
    private static readonly Dictionary<string, string> Settings = new() { ["Overtime__DecisionWindow"] = "00:10:00" };

    [Fact]
    public async Task An_employee_checks_and_requests_today_and_sees_it_approved_after_the_supervisor_decides()
    {
        await using var host = await SampleRosterHost.StartAsync(Settings);
        await using var employeeContext = await chromium.PersonAsync(host.BaseUrl);
        var employee = await employeeContext.NewPageAsync();
        await SignInAsync(employee, Employee);
        await employee.Locator("main").GetByRole(AriaRole.Link, new() { Name = "超過勤務の申請と実績" }).ClickAsync();
        await employee.Locator("h1", new() { HasText = "超過勤務" }).WaitForAsync();

        await employee.GetByLabel("当日処理する業務").FillAsync("国会答弁資料の作成");
        await employee.GetByLabel("目標終了時刻").FillAsync("19:15");
        await employee.GetByLabel("見込み時間").FillAsync("2");
        await employee.GetByRole(AriaRole.Button, new() { Name = "確認", Exact = true }).ClickAsync();

        Assert.Equal("今月の合計 0時間 2時間", Squeeze(await employee.InnerTextAsync("#projected-month")));
        Assert.Equal("今年度の合計 0時間 2時間", Squeeze(await employee.InnerTextAsync("#projected-year")));
        Assert.Contains("今月の超過勤務（45時間以下）", await employee.InnerTextAsync("#projected-caps"), StringComparison.Ordinal);
        Assert.Equal("国会答弁資料の作成", await employee.GetByLabel("当日処理する業務").InputValueAsync());

        await employee.GetByRole(AriaRole.Button, new() { Name = "申請", Exact = true }).ClickAsync();
        Assert.Contains("申請しました。", await employee.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Equal("承認待ち", (await employee.InnerTextAsync("#state")).Trim());

        await using var supervisorContext = await chromium.PersonAsync(host.BaseUrl);
        var supervisor = await supervisorContext.NewPageAsync();
        await SignInAsync(supervisor, Supervisor);
        await supervisor.Locator("main").GetByRole(AriaRole.Link, new() { Name = "承認待ちの超過勤務申請" }).ClickAsync();
        await supervisor.Locator("#waiting").GetByRole(AriaRole.Link, new() { NameRegex = new("^渡辺 翔太") }).ClickAsync();
        Assert.Contains("国会答弁資料の作成", await supervisor.InnerTextAsync("#request"), StringComparison.Ordinal);
        Assert.Equal("今月の合計 0時間 2時間", Squeeze(await supervisor.InnerTextAsync("#projected-month")));
        await supervisor.GetByLabel("承認する", new() { Exact = true }).CheckAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "送信" }).ClickAsync();
        Assert.Contains("渡辺 翔太の申請", await supervisor.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Contains("判断を待っている申請はありません。", await supervisor.InnerTextAsync("main"), StringComparison.Ordinal);

        await employee.GotoAsync("/overtime");
        Assert.Equal("承認済み", (await employee.InnerTextAsync("#today dd[data-state]")).Trim());
        Assert.Equal("2時間", (await employee.InnerTextAsync("#month-total")).Trim());
        await employee.ScreenshotAsync(new() { Path = Artifacts.PathFor("overtime-approved-ja.png"), FullPage = true });
    }

    [Fact]
    public async Task The_supervisor_declines_from_the_mailed_link_which_then_cannot_decide_again()
    {
        await using var host = await SampleRosterHost.StartAsync(Settings);
        await using var employeeContext = await chromium.PersonAsync(host.BaseUrl);
        var employee = await employeeContext.NewPageAsync();
        await SignInAsync(employee, Employee);
        await employee.GotoAsync("/overtime");
        await employee.GetByLabel("当日処理する業務").FillAsync("統計データの集計");
        await employee.GetByLabel("目標終了時刻").FillAsync("18:45");
        await employee.GetByLabel("見込み時間").FillAsync("1.5");
        await employee.GetByRole(AriaRole.Button, new() { Name = "申請", Exact = true }).ClickAsync();
        var day = new Uri(employee.Url).AbsolutePath.Split('/')[^1];
        var link = await IssueLinkAsync(host, day);

        await using var supervisorContext = await chromium.PersonAsync(host.BaseUrl);
        var supervisor = await supervisorContext.NewPageAsync();
        await supervisor.GotoAsync(link);
        Assert.Contains("統計データの集計", await supervisor.InnerTextAsync("#request"), StringComparison.Ordinal);
        await supervisor.GetByLabel("承認しない", new() { Exact = true }).CheckAsync();
        await supervisor.GetByLabel("コメント").FillAsync("明日に回してください。");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "送信" }).ClickAsync();
        Assert.Contains("申請を承認しませんでした。", await supervisor.InnerTextAsync("[role=status]"), StringComparison.Ordinal);

        var again = await supervisor.GotoAsync(link);
        Assert.Equal(410, again!.Status);

        await employee.GotoAsync($"/overtime/days/{day}");
        Assert.Equal("不承認", (await employee.InnerTextAsync("#state")).Trim());
        Assert.Contains("明日に回してください。", await employee.InnerTextAsync("#decision"), StringComparison.Ordinal);
    }

    /// <summary>The approval link the request's workflow mails to the supervisor, issued as it issues it.</summary>
    private static async Task<string> IssueLinkAsync(LocalHostProcess host, string day)
    {
        var tables = new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = host.TablePrefix }));
        var links = new ActionLinks(tables, TimeProvider.System, Options.Create(new AppOptions { PublicBaseUrl = host.BaseUrl }),
            NullLogger<ActionLinks>.Instance);
        var issued = await links.IssueAsync(OvertimeLinks.Purpose, SupervisorId, OvertimeDay.LinkResourcePrefix + EmployeeId + ":" + day, 1,
            DateTimeOffset.UtcNow.AddMinutes(10), Language.Ja);
        return issued.Url.PathAndQuery;
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.Locator("#staffId").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.Locator("main").WaitForAsync();
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
