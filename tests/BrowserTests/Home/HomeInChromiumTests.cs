using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Transformation.Tests.SignIn;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.Home;

/// <summary>
/// The home page in a real browser: a person signs in at "/" and finds what waits for them, and reaches it by
/// clicking, never by typing an address. 中村 彩 (1010005) reports to 伊藤 由美 (1010003) in the sample roster.
/// </summary>
public sealed class HomeInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Approver = "ito-yumi@example.go.jp";

    [Fact]
    public async Task An_approver_opens_the_home_page_and_reaches_the_sheet_awaiting_their_decision()
    {
        await using var host = await SampleRosterHost.StartAsync();
        var id = await SubmitSheetAsync(host, "1010005");
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();

        await SignInAtHomeAsync(page, Approver);
        await page.GetByRole(AriaRole.Link, new() { Name = "中村 彩さんのシート（第1版）の承認" }).ClickAsync();

        await page.WaitForURLAsync($"**/care-sheets/{id}?lang=ja");
        Assert.Contains("中村 彩", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_in_english_names_the_same_task_in_english()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await SubmitSheetAsync(host, "1010005");
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();

        await SignInAtHomeAsync(page, Approver);
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Decide on 中村 彩's sheet (version 1)" }).CountAsync());
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("home-approver-en.png"), FullPage = true });
    }

    [Fact]
    public async Task An_employee_reaches_their_own_sheets_through_the_header_menu()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();

        await SignInAtHomeAsync(page, "nakamura-aya@example.go.jp");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "育児・介護シート" }).ClickAsync();

        await page.WaitForURLAsync("**/care-sheets?lang=ja");
        Assert.Equal("育児・介護シート", (await page.InnerTextAsync("h1")).Trim());
    }

    [Fact]
    public async Task HR_finds_the_roster_import_on_the_home_page_and_an_employee_does_not()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var hrContext = await chromium.PersonAsync(host.BaseUrl);
        var hr = await hrContext.NewPageAsync();
        await using var employeeContext = await chromium.PersonAsync(host.BaseUrl);
        var employee = await employeeContext.NewPageAsync();

        await SignInAtHomeAsync(hr, Approver, "hr.admin");
        await SignInAtHomeAsync(employee, "nakamura-aya@example.go.jp");

        Assert.Equal(1, await hr.Locator("main").GetByRole(AriaRole.Link, new() { Name = "名簿の取込" }).CountAsync());
        Assert.Equal(0, await employee.Locator("main").GetByRole(AriaRole.Link, new() { Name = "名簿の取込" }).CountAsync());
        await hr.ScreenshotAsync(new() { Path = Artifacts.PathFor("home-hr-ja.png"), FullPage = true });
    }

    private static async Task<string> SubmitSheetAsync(LocalHostProcess host, string staffId)
    {
        using var employee = await host.ClientForAsync(staffId, "employee");
        using var response = await employee.PostAsJsonAsync("/api/care-sheets", CareSheetRequests.Childcare(CareSheetRequests.TodayInJapan()));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Submitting failed: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task SignInAtHomeAsync(IPage page, string email, params string[] roles)
    {
        await page.GotoAsync("/");
        await page.Locator("#staffId").FillAsync(email);
        foreach (var role in roles)
        {
            await page.Locator($"input[name=roles][value='{role}']").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:text('ホーム')");
    }
}
