using System.Net;
using System.Text;
using System.Text.Json;

namespace Transformation.Tests.Overtime;

/// <summary>HR's designations page on the real host: set one, refuse a bad date readably, import a file, remove a change.</summary>
public sealed class DesignationPageTests(DesignationHostFixture fixture) : IClassFixture<DesignationHostFixture>
{
    [Fact]
    public async Task HR_sets_a_division_on_the_page_and_sees_it_designated_today()
    {
        using var hr = await fixture.Browser();
        var csrf = DesignationHostFixture.CsrfOf(await hr.GetStringAsync("/overtime/designations"));

        using var posted = await hr.PostAsync("/overtime/designations", Form(csrf, ("divisionCode", "D1"), ("effectiveFrom", "2020-04-01"),
            ("kind", "other-directed")));
        var html = await hr.GetStringAsync("/overtime/designations?done=set");

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Contains("区分を設定しました。", html, StringComparison.Ordinal);
        Assert.Contains("data-designation=\"other-directed\">他律的業務の比重が高い部署</td>", Row(html, "D1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_gets_a_readable_page_with_the_form_kept_and_nothing_set()
    {
        using var hr = await fixture.Browser();
        var csrf = DesignationHostFixture.CsrfOf(await hr.GetStringAsync("/overtime/designations"));

        using var refused = await hr.PostAsync("/overtime/designations", Form(csrf, ("divisionCode", "D2"), ("effectiveFrom", "来年"),
            ("kind", "other-directed")));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("適用開始日は 2019-04-01 から 5 年先までの日付", html, StringComparison.Ordinal);
        Assert.Contains("value=\"来年\"", html, StringComparison.Ordinal);
        Assert.Contains("なし（通常の部署）", Row(html, "D2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_uploaded_on_the_page_with_an_error_lists_its_line_and_sets_nothing()
    {
        using var hr = await fixture.Browser();
        var csrf = DesignationHostFixture.CsrfOf(await hr.GetStringAsync("/overtime/designations"));
        using var form = new MultipartFormDataContent { { new StringContent(csrf), "__csrf" } };
        var csv = "division_code,effective_from,designation\nD3,2020-04-01,他律\nD3,2021-04-01,often\n";
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        form.Add(file, "file", "designations.csv");

        using var refused = await hr.PostAsync("/overtime/designations/import", form);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<tr><td>3</td><td>指定「often」は「通常」「他律」のどちらでもありません。</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("なし（通常の部署）", Row(html, "D3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HR_removes_a_change_from_the_page()
    {
        using var api = await fixture.Api();
        using var set = await api.PutAsync("/api/overtime/designations/D0/2020-04-01",
            new StringContent("{\"designation\":\"other-directed\"}", Encoding.UTF8, "application/json"));
        using var hr = await fixture.Browser();
        var csrf = DesignationHostFixture.CsrfOf(await hr.GetStringAsync("/overtime/designations"));

        using var removed = await hr.PostAsync("/overtime/designations/remove", Form(csrf, ("divisionCode", "D0"), ("effectiveFrom", "2020-04-01")));

        Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/overtime/designations"));
        var d0 = json.RootElement.GetProperty("divisions").EnumerateArray().Single(d => d.GetProperty("divisionCode").GetString() == "D0");
        Assert.Equal("ordinary", d0.GetProperty("designation").GetString());
    }

    [Fact]
    public async Task The_page_is_in_English_when_asked()
    {
        using var hr = await fixture.Browser();

        var html = await hr.GetStringAsync("/overtime/designations?lang=en");

        Assert.Contains("<h1>Overtime caps: division designations</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_without_the_HR_role_get_the_access_denied_page()
    {
        using var head = await fixture.Browser("H1", "division.head");

        using var response = await head.GetAsync("/overtime/designations");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("このページを表示する権限がありません。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string csrf, params (string Name, string Value)[] fields) =>
        new([new("__csrf", csrf), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private static string Row(string html, string code)
    {
        var start = html.IndexOf($"<tr id=\"division-{code}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no row for {code}.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
