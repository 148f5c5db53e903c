using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Transformation.Tests.Surveys.Publication;

/// <summary>
/// HR chasing laggards while the cycle runs, on the real host: D1 (14 invited, 8 answered) and D2 (13) in bureau
/// B1, D3 (3 invited) alone in B2.
/// </summary>
public sealed class ResponseRatesTests(ResponseRatesHostFixture fixture) : IClassFixture<ResponseRatesHostFixture>
{
    private const string Route = $"/api/surveys/cycles/{ResponseRatesHostFixture.CycleId}/response-rates";

    [Fact]
    public async Task HR_reads_how_many_of_a_division_of_enough_invited_have_answered_so_far()
    {
        using var hr = await fixture.Cycle.HrAsync();

        var d1 = Division(await hr.GetFromJsonAsync<JsonElement>(Route), "D1");

        Assert.True(d1.GetProperty("shown").GetBoolean());
        Assert.Equal(14, d1.GetProperty("invited").GetInt32());
        Assert.Equal(8, d1.GetProperty("submitted").GetInt32());
    }

    [Fact]
    public async Task HR_reads_no_figures_for_a_division_of_fewer_than_the_threshold_invited()
    {
        using var hr = await fixture.Cycle.HrAsync();

        var d3 = Division(await hr.GetFromJsonAsync<JsonElement>(Route), "D3");

        Assert.False(d3.GetProperty("shown").GetBoolean());
        Assert.Equal(JsonValueKind.Null, d3.GetProperty("invited").ValueKind);
        Assert.Equal(JsonValueKind.Null, d3.GetProperty("submitted").ValueKind);
    }

    [Fact]
    public async Task Staff_other_than_HR_cannot_read_the_response_rates()
    {
        using var head = await fixture.Cycle.Host.ClientForAsync("H1", "division.head");

        using var refused = await head.GetAsync(Route);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task HR_follows_the_response_rates_on_the_results_page_before_there_are_results()
    {
        using var hr = await fixture.Cycle.HrAsync();

        using var page = await hr.GetAsync($"/surveys/{ResponseRatesHostFixture.CycleId}/results");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("回答状況", html, StringComparison.Ordinal);
        Assert.Matches("data-code=\"D1\"><th scope=\"row\">[^<]*D1課</th><td class=\"num\">14</td>\\s*<td class=\"num\">8</td>", html);
        Assert.Contains("data-code=\"D3\" data-hidden=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_find_no_results_page_before_the_results_are_published()
    {
        using var employee = await fixture.Cycle.Host.ClientForAsync("E105", "employee");

        using var page = await employee.GetAsync($"/surveys/{ResponseRatesHostFixture.CycleId}/results");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("回答状況", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static JsonElement Division(JsonElement view, string code) =>
        view.GetProperty("divisions").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);
}
