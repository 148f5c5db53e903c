using System.Net;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Plans;

/// <summary>
/// Heads of divisions whose results are hidden, on the real host: the mail says why in words true for their division,
/// and the reference it links to opens for them. The roster: D1 and D2 in bureau B1, D3 in B2 (heads H1–H3).
/// </summary>
public sealed class SuppressedDivisionHeadsTests(FollowThroughHostFixture fixture) : IClassFixture<FollowThroughHostFixture>
{
    private readonly FollowThroughHarness _harness = fixture.Harness;

    /// <summary>D1 8 respondents, D2 2 (too few), D3 8: D1 is hidden with D2, or B1 minus D1 would give D2; B1 (10) is shown.</summary>
    private async Task StartBureauShownAsync() => await StartAsync("2031", 8, 2, 8);

    /// <summary>D1 8, D2 8, D3 2: D3 and its bureau B2 are hidden, and with them B1 and D1, or the ministry minus B1 would give D3.</summary>
    private async Task StartBureauHiddenAsync() => await StartAsync("2032", 8, 8, 2);

    [Fact]
    public async Task The_head_of_a_division_with_too_few_respondents_is_told_so_and_opens_the_bureau_sheet_linked()
    {
        await StartBureauShownAsync();

        var mail = await SheetMailAsync("2031", "H2", "D2");
        Assert.Contains("最低人数（5人）に達しなかった", mail.Text, StringComparison.Ordinal);
        var link = Assert.Single(mail.Links, l => l.Contains("/sheets/", StringComparison.Ordinal));
        Assert.EndsWith("/surveys/2031/sheets/bureau/B1", link, StringComparison.Ordinal);
        using var head = await _harness.ClientAsync("H2", "division.head");
        using var sheet = await head.GetAsync(new Uri(link).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.Contains("評価シート：B1局", await sheet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_head_of_a_division_hidden_to_protect_a_smaller_one_is_not_told_it_had_too_few()
    {
        await StartBureauShownAsync();

        var mail = await SheetMailAsync("2031", "H1", "D1");
        Assert.DoesNotContain("達しなかった", mail.Text, StringComparison.Ordinal);
        Assert.Contains("回答者が少ない別の組織の結果が公表済みの数値の差し引きで分からないよう", mail.Text, StringComparison.Ordinal);
        using var head = await _harness.ClientAsync("H1", "division.head");
        using var sheet = await head.GetAsync("/surveys/2031/sheets/bureau/B1");
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
    }

    [Fact]
    public async Task The_head_of_a_hidden_division_still_cannot_open_another_bureaus_sheet()
    {
        await StartBureauShownAsync();
        using var head = await _harness.ClientAsync("H2", "division.head");

        using var other = await head.GetAsync("/surveys/2031/sheets/bureau/B2");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task The_head_of_a_shown_division_does_not_read_the_bureau_sheet()
    {
        await StartBureauShownAsync();
        using var head = await _harness.ClientAsync("H3", "division.head");

        using var bureau = await head.GetAsync("/surveys/2031/sheets/bureau/B2");

        Assert.Equal(HttpStatusCode.Forbidden, bureau.StatusCode);
    }

    [Fact]
    public async Task A_head_whose_bureau_is_hidden_too_is_sent_the_ministry_results_and_opens_them()
    {
        await StartBureauHiddenAsync();

        var mail = await SheetMailAsync("2032", "H3", "D3");
        Assert.Contains("全省の結果を参考に", mail.Text, StringComparison.Ordinal);
        var link = Assert.Single(mail.Links, l => l.Contains("/surveys/2032/results", StringComparison.Ordinal));
        using var head = await _harness.ClientAsync("H3", "division.head");
        using var page = await head.GetAsync(new Uri(link).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    /// <summary>The mail a head is sent when a cycle's sheets go out (its key names the cycle and the division).</summary>
    private async Task<Transformation.Platform.Mail.OutboxMessage> SheetMailAsync(string cycleId, string head, string division)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < FollowThroughHarness.Wait)
        {
            var key = $"surveyplans:{cycleId}:sheet:{division}";
            if ((await _harness.OutboxAsync(FollowThroughHarness.EmailOf(head))).FirstOrDefault(m => m.BatchKey == key) is { } found)
            {
                return found;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"No sheet mail of {cycleId} to {head}.{Environment.NewLine}{_harness.Host.Output}");
    }

    /// <summary>Stores the cycle's results (the same each time) and starts its follow-through once.</summary>
    private async Task StartAsync(string cycleId, int d1, int d2, int d3)
    {
        var q = FollowThroughHarness.Questionnaire;
        await _harness.StoreResultsAsync(cycleId, new ResponseBuilder(q, "D1", "B1").Times(d1)
            .Concat(new ResponseBuilder(q, "D2", "B1").Times(d2))
            .Concat(new ResponseBuilder(q, "D3", "B2").Times(d3)));
        using var hr = await _harness.ClientAsync("HR1", "hr.admin");
        using var started = await hr.PostAsync($"/api/surveys/{cycleId}/follow-through", null);
        Assert.True(started.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"{(int)started.StatusCode}");
    }
}
