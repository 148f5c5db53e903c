using System.Net;
using System.Net.Http.Json;
using Transformation.Tests.Support;

namespace Transformation.Tests.SignIn;

/// <summary>
/// People sign in through the OpenID Connect flow the app runs in Azure (the development issuer plays Entra) and
/// are matched to the roster by email; what a browser session may and may not do, and what a forger gets.
/// </summary>
public sealed class SignInTests(SampleRosterHostFixture fixture) : IClassFixture<SampleRosterHostFixture>
{
    private const string Employee = "yamaguchi-daiki@example.go.jp"; // 2010005, 政策企画課

    [Fact]
    public async Task A_person_signed_in_with_their_roster_email_reaches_their_page()
    {
        using var browser = await BrowserSession.SignInAsync(fixture.Host.BaseUrl, Employee.ToUpperInvariant());

        using var page = await browser.GetAsync("/care-sheets/new");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_not_in_the_roster_gets_a_page_saying_so_not_a_sign_in_loop()
    {
        using var browser = await BrowserSession.SignInAsync(fixture.Host.BaseUrl, "stranger@example.com", "employee");

        using var page = await browser.GetAsync("/care-sheets/new");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("職員名簿に登録されていません", html, StringComparison.Ordinal);
        Assert.Contains("stranger@example.com", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_session_does_not_authenticate_an_api_route()
    {
        using var browser = await BrowserSession.SignInAsync(fixture.Host.BaseUrl, Employee);

        using var response = await browser.PostAsJsonAsync("/api/care-sheets", new { kind = "childcare" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("tx_session", "CfDJ8forged-session-value")]
    [InlineData("tx_token", null)] // the old page cookie, holding a valid bearer token
    public async Task A_forged_or_foreign_cookie_is_sent_to_sign_in(string cookie, string? value)
    {
        value ??= await fixture.Host.TokenAsync("2010005", "employee");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = fixture.Host.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/care-sheets/new");
        request.Headers.Add("Cookie", $"{cookie}={value}");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in?returnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_token_that_carries_only_an_email_is_matched_to_the_roster()
    {
        using var client = new HttpClient { BaseAddress = fixture.Host.BaseUrl };
        using var minted = await client.PostAsJsonAsync("/dev/token", new { email = Employee, roles = new[] { "employee" } });
        var token = (await minted.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["access_token"].ToString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        using var self = await client.GetAsync("/api/organisation/staff/2010005");
        using var other = await client.GetAsync("/api/organisation/staff/2010007");

        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_whose_flow_cookies_are_gone_gets_a_readable_page()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Host.BaseUrl };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = "x.y.z", ["state"] = "forged" });

        using var response = await client.PostAsync("/signin-oidc", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("サインインを完了できませんでした", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
