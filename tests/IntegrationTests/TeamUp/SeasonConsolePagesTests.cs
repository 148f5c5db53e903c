using System.Globalization;
using System.Net;
using Transformation.TeamUp.Seasons;
using Transformation.Tests.Support.TeamUp;
using static Transformation.Tests.Support.TeamUp.JudgingHarness;

namespace Transformation.Tests.TeamUp;

/// <summary>
/// HR's Team-Up season page on the real host: only HR may open it or post its forms; the panel form names a refused
/// id by its line in the reader's language and writes nothing; once the ranking has begun it says so.
/// This year's season is never opened here, so the page keeps offering it; the seasons the tests make are last year's
/// (shown on the page) or earlier ones (posted to directly).
/// </summary>
public sealed class SeasonConsolePagesTests(JudgingHostFixture fixture) : IClassFixture<JudgingHostFixture>
{
    private static readonly int ThisYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).Year;

    private readonly JudgingHarness _harness = fixture.Harness;

    [Theory]
    [InlineData("GET", "/team-up-seasons")]
    [InlineData("POST", "/team-up-seasons")]
    [InlineData("POST", "/team-up-seasons/2091/panel")]
    public async Task Staff_without_the_HR_role_get_the_access_denied_page(string method, string path)
    {
        using var staff = await _harness.BrowserAsync("E1", "employee", "division.head", "bureau.coordinator", "judge");
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "yes", ["judges"] = "E1" });
        }

        using var response = await staff.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("このページを表示する権限がありません。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HR_gets_the_page_with_the_form_to_open_this_years_season()
    {
        using var hr = await _harness.BrowserAsync("HR1", "hr.admin");

        using var page = await hr.GetAsync("/team-up-seasons");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>チームアップ・チャレンジの運営</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"{ThisYear}年度のシーズンを開始する", html, StringComparison.Ordinal);
        Assert.Contains("name=\"confirm\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_without_the_confirmation_tick_says_so_and_opens_nothing()
    {
        using var hr = await _harness.BrowserAsync("HR1", "hr.admin");
        var csrf = CsrfOf(await hr.GetStringAsync("/team-up-seasons"));

        using var refused = await hr.PostAsync("/team-up-seasons", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = csrf }));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("シーズンを開始する前に、確認欄にチェックを入れてください。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var api = await _harness.ClientAsync("HR1", "hr.admin");
        using var season = await api.GetAsync($"/api/team-up/seasons/{ThisYear.ToString(CultureInfo.InvariantCulture)}");
        Assert.Equal(HttpStatusCode.NotFound, season.StatusCode);
    }

    [Fact]
    public async Task The_panel_form_refuses_an_unknown_staff_id_naming_its_line_and_keeps_the_stored_panel()
    {
        await _harness.CreateSeasonAsync("2092", SeasonPhase.Entries, ["J1"]);
        using var hr = await _harness.BrowserAsync("HR1", "hr.admin");
        var csrf = CsrfOf(await hr.GetStringAsync("/team-up-seasons"));

        using var refused = await PostPanelAsync(hr, "/team-up-seasons/2092/panel", csrf, "J2\nX999");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("2行目: 職員番号 X999 はこのシーズンの名簿にありません。", html, StringComparison.Ordinal);
        Assert.Equal(["J1"], (await _harness.Seasons.GetAsync("2092"))!.Panel);
    }

    [Fact]
    public async Task The_panel_form_in_english_names_the_refused_line_in_english()
    {
        await _harness.CreateSeasonAsync("2093", SeasonPhase.Entries);
        using var hr = await _harness.BrowserAsync("HR1", "hr.admin");
        var csrf = CsrfOf(await hr.GetStringAsync("/team-up-seasons?lang=en"));

        using var refused = await PostPanelAsync(hr, "/team-up-seasons/2093/panel?lang=en", csrf, "X998\nJ2");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Line 1: Staff id X998 is not in this season", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await _harness.Seasons.GetAsync("2093"))!.Panel);
    }

    [Fact]
    public async Task Once_the_ranking_has_begun_the_panel_form_answers_with_a_readable_refusal()
    {
        await _harness.CreateSeasonAsync("2094", SeasonPhase.AwaitingConfirmation, ["J1"]);
        using var hr = await _harness.BrowserAsync("HR1", "hr.admin");
        var csrf = CsrfOf(await hr.GetStringAsync("/team-up-seasons"));

        using var refused = await PostPanelAsync(hr, "/team-up-seasons/2094/panel", csrf, "J2");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("順位はすでに算出されたため、審査員は変更できません。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["J1"], (await _harness.Seasons.GetAsync("2094"))!.Panel);
    }

    [Fact]
    public async Task HR_names_the_panel_and_is_sent_back_to_the_page_which_shows_the_judges_with_their_bureaus()
    {
        var lastYear = (ThisYear - 1).ToString(CultureInfo.InvariantCulture);
        await _harness.CreateSeasonAsync(lastYear, SeasonPhase.AwaitingPanel);
        using var hr = await _harness.BrowserAsync("HR1", "hr.admin");
        var csrf = CsrfOf(await hr.GetStringAsync("/team-up-seasons"));

        using var named = await PostPanelAsync(hr, $"/team-up-seasons/{lastYear}/panel", csrf, "J2\nJ3");

        Assert.Equal(HttpStatusCode.SeeOther, named.StatusCode);
        Assert.Equal("/team-up-seasons?done=panel&lang=ja", named.Headers.Location?.ToString());
        Assert.Equal(["J2", "J3"], (await _harness.Seasons.GetAsync(lastYear))!.Panel);
        var page = await hr.GetStringAsync("/team-up-seasons?done=panel");
        Assert.Contains("審査員を保存しました。", page, StringComparison.Ordinal);
        Assert.Contains("<tr data-judge=\"J2\"><td>J2</td><td>職員 J2</td><td>第3課</td><td>B2局</td></tr>", page, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostPanelAsync(HttpClient browser, string path, string csrf, string judges) =>
        browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = csrf, ["judges"] = judges }));
}
