using Microsoft.Playwright;
using Transformation.Tests.Support;

namespace Transformation.Tests.SignIn;

/// <summary>
/// Signing in as people do in Azure, in a real browser: a bookmark or a mail link leads through the app's
/// OpenID Connect sign-in (the development issuer plays Entra; the person gives only their email, as Entra's
/// token carries by default) and back to the page. Each person is found in the roster by that email.
/// </summary>
public sealed class SignInInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task An_employee_signs_in_from_a_bookmark_and_lands_on_the_care_sheet_form()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();

        await SignInAsync(page, "/care-sheets/new", "yamaguchi-daiki@example.go.jp");

        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("form[method=post]").CountAsync());
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("sign-in-employee-ja.png"), FullPage = true });
    }

    [Fact]
    public async Task HR_signs_in_and_reaches_the_roster_page_an_employee_may_not_open()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var hrContext = await chromium.PersonAsync(host.BaseUrl);
        var hr = await hrContext.NewPageAsync();

        await SignInAsync(hr, "/organisation/roster", "ito-yumi@example.go.jp", "hr.admin");

        Assert.Contains("30", await hr.InnerTextAsync("main"), StringComparison.Ordinal);
        await using var employeeContext = await chromium.PersonAsync(host.BaseUrl);
        var employee = await employeeContext.NewPageAsync();
        await SignInAsync(employee, "/organisation/roster", "yamaguchi-daiki@example.go.jp");
        Assert.Contains("このページを表示する権限がありません。", await employee.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_not_in_the_roster_is_told_so_and_can_sign_out()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();

        await SignInAsync(page, "/care-sheets/new", "stranger@example.com");

        Assert.Equal("職員名簿に登録されていません", (await page.InnerTextAsync("h1")).Trim());
        Assert.Contains("stranger@example.com", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("sign-in-not-in-roster-ja.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "サインアウト" }).ClickAsync();
        await page.WaitForURLAsync("**/sign-out*");
        Assert.Equal("サインアウトしました", (await page.InnerTextAsync("h1")).Trim());
    }

    // The page leads to the issuer's sign-in page; after it, the browser is back on the page it asked for.
    private static async Task SignInAsync(IPage page, string path, string email, params string[] roles)
    {
        await page.GotoAsync(path);
        Assert.Contains("/dev/sign-in?client_id=", page.Url, StringComparison.Ordinal);
        await page.Locator("#staffId").FillAsync(email);
        foreach (var role in roles)
        {
            await page.Locator($"input[name=roles][value='{role}']").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**" + path);
    }
}
