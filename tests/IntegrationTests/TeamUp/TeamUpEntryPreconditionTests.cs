using System.Net;
using System.Text.RegularExpressions;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;
using Transformation.Tests.Support.TeamUp;
using static Transformation.Tests.Support.TeamUp.TeamUpEntryHarness;

namespace Transformation.Tests.TeamUp;

/// <summary>
/// Lost updates: an entry write must say which version it changes (If-Match) or that it creates one (If-None-Match: *),
/// on the API and, through the ETag the form carries, on the page. Each test opens its own season.
/// </summary>
public sealed class TeamUpEntryPreconditionTests(TeamUpEntriesHostFixture fixture) : IClassFixture<TeamUpEntriesHostFixture>
{
    private readonly TeamUpEntryHarness _harness = fixture.Harness;

    [Fact]
    public async Task A_save_without_if_match_is_428_and_writes_nothing()
    {
        await _harness.CreateSeasonAsync("2061", DateTimeOffset.UtcNow.AddDays(10));
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        const string path = "/api/team-up/seasons/2061/entries/D1";

        var content = System.Net.Http.Json.JsonContent.Create(new EntryBuilder().Json());
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = content };
        using var unconditional = await h1.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionRequired, unconditional.StatusCode);
        Assert.Equal("application/problem+json", unconditional.Content.Headers.ContentType?.MediaType);
        Assert.Contains("If-Match", await unconditional.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var read = await h1.GetAsync(path);
        Assert.Equal("not-started", (await JsonAsync(read)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_submit_without_if_match_is_428_and_the_entry_stays_a_draft()
    {
        await _harness.CreateSeasonAsync("2062", DateTimeOffset.UtcNow.AddDays(10));
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        const string path = "/api/team-up/seasons/2062/entries/D1";
        using (var saved = await PutAsync(h1, path, new EntryBuilder().Json()))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        using var submit = await h1.PostAsync(path + "/submit", null);

        Assert.Equal(HttpStatusCode.PreconditionRequired, submit.StatusCode);
        using var read = await h1.GetAsync(path);
        Assert.Equal("draft", (await JsonAsync(read)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_second_first_save_does_not_overwrite_the_first()
    {
        await _harness.CreateSeasonAsync("2063", DateTimeOffset.UtcNow.AddDays(10));
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        const string path = "/api/team-up/seasons/2063/entries/D1";
        using (var first = await PutAsync(h1, path, new EntryBuilder().WithMission("先に保存した内容").Json()))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await PutAsync(h1, path, new EntryBuilder().WithMission("後から新規として保存").Json());

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("先に保存した内容", await MissionAsync(h1, path));
    }

    [Fact]
    public async Task A_page_opened_before_the_entry_existed_cannot_overwrite_it_and_a_fresh_page_saves()
    {
        await _harness.CreateSeasonAsync("2064", DateTimeOffset.UtcNow.AddDays(10));
        using var browser = await BrowserSession.SignInAsync(_harness.Host.BaseUrl, "H1", "division.head");
        const string page = "/team-up/2064/entries/D1";
        var opened = await CareSheetHarness.PageAsync(browser, page);
        Assert.Contains("name=\"etag\" value=\"\"", opened.Html, StringComparison.Ordinal);
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        using (var meanwhile = await PutAsync(h1, "/api/team-up/seasons/2064/entries/D1", new EntryBuilder().WithMission("別の端末で保存").Json()))
        {
            Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);
        }

        var (stale, _) = await CareSheetHarness.PostFormAsync(browser, page, Form(opened.Html, "古い画面からの保存"));

        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal("別の端末で保存", await MissionAsync(h1, "/api/team-up/seasons/2064/entries/D1"));
        var (fresh, location) = await CareSheetHarness.PostFormAsync(browser, page, Form(stale.Html, "最新を確認して保存"));
        Assert.Equal(HttpStatusCode.Found, fresh.Status);
        Assert.NotNull(location);
        Assert.Equal("最新を確認して保存", await MissionAsync(h1, "/api/team-up/seasons/2064/entries/D1"));
    }

    private static Dictionary<string, string> Form(string html, string mission) => new()
    {
        ["__csrf"] = CareSheetHarness.CsrfOf(html),
        ["etag"] = WebUtility.HtmlDecode(Regex.Match(html, "name=\"etag\" value=\"([^\"]*)\"").Groups[1].Value),
        ["intent"] = "save",
        ["mission"] = mission,
    };

    private static async Task<string?> MissionAsync(HttpClient client, string path)
    {
        using var read = await client.GetAsync(path);
        return (await JsonAsync(read)).GetProperty("content").GetProperty("mission").GetString();
    }
}
