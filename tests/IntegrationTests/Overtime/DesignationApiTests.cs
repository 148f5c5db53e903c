using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Transformation.Tests.Overtime;

/// <summary>HR keeps which divisions are held to the higher overtime caps, through the API, on the real host.</summary>
public sealed class DesignationApiTests(DesignationHostFixture fixture) : IClassFixture<DesignationHostFixture>
{
    private static readonly Encoding ShiftJis = ShiftJisEncoding();

    [Fact]
    public async Task A_designation_from_a_past_date_holds_today()
    {
        using var hr = await fixture.Api();

        using var set = await hr.PutAsJsonAsync("/api/overtime/designations/D4/2020-04-01", new { designation = "other-directed" });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("other-directed", (await DivisionAsync(hr, "D4")).GetProperty("designation").GetString());
    }

    [Fact]
    public async Task A_designation_from_a_future_date_is_listed_while_today_stays_ordinary()
    {
        using var hr = await fixture.Api();
        var nextYear = DateTime.UtcNow.Year + 1;

        using var set = await hr.PutAsJsonAsync($"/api/overtime/designations/D5/{nextYear}-04-01", new { designation = "other-directed" });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var division = await DivisionAsync(hr, "D5");
        Assert.Equal("ordinary", division.GetProperty("designation").GetString());
        var change = Assert.Single(division.GetProperty("changes").EnumerateArray());
        Assert.Equal(($"{nextYear}-04-01", "other-directed", "HR1"),
            (change.GetProperty("effectiveFrom").GetString(), change.GetProperty("designation").GetString(),
                change.GetProperty("setBy").GetString()));
    }

    [Fact]
    public async Task A_division_not_in_the_roster_and_a_date_before_the_caps_are_refused_with_both_reasons()
    {
        using var hr = await fixture.Api();

        using var refused = await hr.PutAsJsonAsync("/api/overtime/designations/NOPE/2018-04-01", new { designation = "other-directed" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var fields = await ErrorFieldsAsync(refused);
        Assert.Equal(["divisionCode", "effectiveFrom"], fields.Select(f => f.Field));
    }

    [Fact]
    public async Task Removing_a_change_brings_back_the_one_before_and_a_second_removal_is_404()
    {
        using var hr = await fixture.Api();
        using var first = await hr.PutAsJsonAsync("/api/overtime/designations/D6/2020-04-01", new { designation = "other-directed" });
        using var second = await hr.PutAsJsonAsync("/api/overtime/designations/D6/2021-04-01", new { designation = "ordinary" });

        using var removed = await hr.DeleteAsync("/api/overtime/designations/D6/2021-04-01");
        using var again = await hr.DeleteAsync("/api/overtime/designations/D6/2021-04-01");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("other-directed", (await DivisionAsync(hr, "D6")).GetProperty("designation").GetString());
    }

    [Fact]
    public async Task A_Shift_JIS_file_with_Japanese_headers_and_words_sets_every_row()
    {
        using var hr = await fixture.Api();
        var csv = "課室コード,課室名,適用開始日,指定\r\nD7,第7課,2020/4/1,他律\r\nD7,第7課,2022-04-01,通常\r\n";
        using var content = new ByteArrayContent(ShiftJis.GetBytes(csv));
        content.Headers.ContentType = new("text/csv");

        using var imported = await hr.PostAsync("/api/overtime/designations/import", content);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var division = await DivisionAsync(hr, "D7");
        Assert.Equal(["2020-04-01", "2022-04-01"],
            division.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("effectiveFrom").GetString()));
        Assert.Equal("ordinary", division.GetProperty("designation").GetString());
    }

    [Fact]
    public async Task A_file_with_bad_lines_names_each_line_and_sets_nothing()
    {
        using var hr = await fixture.Api();
        var csv = "division_code,effective_from,designation\nD8,2020-04-01,other-directed\nD99,2020-04-01,ordinary\nD8,2020-13-01,sometimes\n";
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");

        using var refused = await hr.PostAsync("/api/overtime/designations/import", content);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await ErrorFieldsAsync(refused);
        Assert.Equal([("division_code", 3), ("effective_from", 4), ("designation", 4)], errors.Select(e => (e.Field, e.Line ?? 0)));
        Assert.Empty((await DivisionAsync(hr, "D8")).GetProperty("changes").EnumerateArray());
    }

    [Theory]
    [InlineData("GET", "/api/overtime/designations")]
    [InlineData("PUT", "/api/overtime/designations/D9/2020-04-01")]
    [InlineData("DELETE", "/api/overtime/designations/D9/2020-04-01")]
    [InlineData("POST", "/api/overtime/designations/import")]
    public async Task Staff_without_the_HR_role_are_refused(string method, string path)
    {
        using var head = await fixture.Api("H1", "division.head");
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "PUT" or "POST")
        {
            request.Content = new StringContent(
                method == "PUT" ? "{\"designation\":\"other-directed\"}" : "division_code,effective_from,designation\n",
                Encoding.UTF8, method == "PUT" ? "application/json" : "text/csv");
        }

        using var response = await head.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var hr = await fixture.Api();
        Assert.Empty((await DivisionAsync(hr, "D9")).GetProperty("changes").EnumerateArray());
    }

    private static async Task<JsonElement> DivisionAsync(HttpClient hr, string code)
    {
        using var json = JsonDocument.Parse(await hr.GetStringAsync("/api/overtime/designations"));
        return json.RootElement.GetProperty("divisions").EnumerateArray().Single(d => d.GetProperty("divisionCode").GetString() == code).Clone();
    }

    private static async Task<List<(string Field, int? Line)>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString()!,
            e.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number ? line.GetInt32() : (int?)null))];
    }

    private static Encoding ShiftJisEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }
}
