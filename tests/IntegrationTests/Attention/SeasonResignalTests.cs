using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Transformation.Platform.Mail;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;
using Transformation.Tests.Support.TeamUp;
using Transformation.Tests.TeamUp;

namespace Transformation.Tests.Attention;

/// <summary>
/// A Team-Up season whose event from HR never reached its workflow: the change is stored the way HR's API and pages store it
/// (<see cref="TeamUpSeasonHarness.CommandsWithoutEvents"/>), and the event they raise afterwards is not raised, as when
/// raising it failed. The season's own re-check is an hour away, so only HR moves it: from the attention page, as HR would.
/// </summary>
public sealed partial class SeasonResignalTests(SeasonResignalHostFixture fixture) : IClassFixture<SeasonResignalHostFixture>
{
    private readonly TeamUpSeasonHarness _harness = fixture.Harness;
    private readonly AttentionHttp _attention = new(new CareSheetHarness(fixture.Harness.Host));

    [Fact]
    public async Task An_award_decision_whose_event_was_lost_is_listed_and_resignal_from_the_page_announces_the_awards_once()
    {
        const string Season = "2041";
        const string Instance = "team-up-" + Season;
        await _harness.AwaitingConfirmationAsync(2041);
        await SeasonWorkflow.WaitUntilWaitingAsync(_harness.Host, Season, "awaiting-confirmation");
        var (confirmed, _) = await _harness.CommandsWithoutEvents().ConfirmAwardAsync(Season, "HR1", null, "審査結果のとおり決定する。");
        Assert.True(confirmed.IsDone, confirmed.Message?.En);

        var item = await _attention.WaitForItemAsync(Instance, "event-lost");
        Assert.Equal("team-up-season", item.GetProperty("process").GetString());
        Assert.Equal(["resignal"], item.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Contains(item.GetProperty("why").EnumerateArray(),
            w => w.GetString()!.Contains("award decision is recorded", StringComparison.Ordinal));
        Assert.Equal("awaiting-confirmation", (await _harness.WaitForPhaseAsync(Season, "awaiting-confirmation")).GetProperty("phase").GetString());
        Assert.Empty(await _harness.AwardsAnnouncedToAsync("E101", Season));

        using var hr = await BrowserSession.SignInAsync(_harness.Host.BaseUrl, "HR1", "hr.admin");
        var list = await CareSheetHarness.PageAsync(hr, "/attention");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var row = RowOf(list.Html, Instance);
        Assert.Contains("授賞の確定は記録されていますが、ワークフローがまだ確定を待っています", row, StringComparison.Ordinal);
        Assert.Contains($"href=\"/team-up/{Season}?lang=ja\"", row, StringComparison.Ordinal);
        var form = ResignalForm(row);

        var (posted, location) = await CareSheetHarness.PostFormAsync(hr, "/attention", form);

        Assert.Equal(HttpStatusCode.SeeOther, posted.Status);
        Assert.Equal($"/attention?done={form["actionId"]}&lang=ja", location);
        var shown = await CareSheetHarness.PageAsync(hr, location!);
        Assert.Contains("記録されている内容をワークフローにもう一度通知しました。", shown.Html, StringComparison.Ordinal);
        await _harness.WaitForPhaseAsync(Season, "awarded");
        Assert.Contains("最優秀賞", (await _harness.WaitForMailAsync("H1", $"{Season}】最優秀賞受賞のお知らせ")).Subject, StringComparison.Ordinal);
        await _harness.WaitForMailAsync("H3", $"{Season}】優秀賞受賞のお知らせ");
        var announcement = await _harness.WaitForMailAsync("E101", $"{Season}】表彰結果のお知らせ");
        Assert.Contains("最優秀賞: 総務課", announcement.Text, StringComparison.Ordinal);
        await _harness.WaitForMailAsync("E602", $"[Team-Up Challenge {Season}] The awards");
        using (var staff = await BrowserSession.SignInAsync(_harness.Host.BaseUrl, "E101", "employee"))
        {
            var awards = await CareSheetHarness.PageAsync(staff, $"/team-up/{Season}/awards");
            Assert.Equal(HttpStatusCode.OK, awards.Status);
            Assert.Contains("<tr data-division=\"D1\"><td>最優秀賞</td>", awards.Html, StringComparison.Ordinal);
        }

        await WaitUntilNotListedAsync(Instance);
        Assert.DoesNotContain($"data-instance=\"{Instance}\"", (await CareSheetHarness.PageAsync(hr, "/attention")).Html, StringComparison.Ordinal);

        // The same form sent again (a reload, a double click): answered as before, nothing done twice.
        var (again, againLocation) = await CareSheetHarness.PostFormAsync(hr, "/attention", form);
        Assert.Equal(HttpStatusCode.SeeOther, again.Status);
        Assert.Equal(location, againLocation);
        var repeat = await _attention.ActAsync("resignal", Instance, form["actionId"]);
        Assert.Equal(HttpStatusCode.OK, repeat.Status);
        Assert.True(repeat.Body.GetProperty("repeated").GetBoolean());
        await _harness.WaitForCompletedAsync(Season);
        await Task.Delay(TimeSpan.FromSeconds(5));
        foreach (var person in TeamUpSeasonHarness.Everyone)
        {
            Assert.Single(await _harness.AwardsAnnouncedToAsync(person, Season));
        }

        Assert.Single(await MailsAsync("H1", "受賞のお知らせ"));
        Assert.Single(await MailsAsync("H3", "受賞のお知らせ"));
    }

    [Fact]
    public async Task A_panel_whose_event_was_lost_is_listed_and_resignal_from_the_page_opens_judging_once()
    {
        const string Season = "2042";
        const string Instance = "team-up-" + Season;
        await _harness.AwaitingPanelAsync(2042);
        await SeasonWorkflow.WaitUntilWaitingAsync(_harness.Host, Season, "awaiting-panel");
        Assert.True((await _harness.CommandsWithoutEvents().NamePanelAsync(Season, ["J3"], "HR1")).IsDone);

        var item = await _attention.WaitForItemAsync(Instance, "event-lost");
        Assert.Equal(["resignal"], item.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Contains(item.GetProperty("why").EnumerateArray(), w => w.GetString()!.Contains("panel is named", StringComparison.Ordinal));
        Assert.Empty(await MailsAsync("J3", $"{Season}】審査のお願い"));

        using var hr = await BrowserSession.SignInAsync(_harness.Host.BaseUrl, "HR1", "hr.admin");
        var row = RowOf((await CareSheetHarness.PageAsync(hr, "/attention")).Html, Instance);
        Assert.Contains("審査員は登録されていますが、ワークフローがまだ審査員の登録を待っています", row, StringComparison.Ordinal);
        var form = ResignalForm(row);

        var (posted, location) = await CareSheetHarness.PostFormAsync(hr, "/attention", form);

        Assert.Equal(HttpStatusCode.SeeOther, posted.Status);
        var judging = await _harness.WaitForPhaseAsync(Season, "judging");
        Assert.NotEqual(JsonValueKind.Null, judging.GetProperty("judgingDeadline").ValueKind);
        var asked = await _harness.WaitForMailAsync("J3", $"{Season}】審査のお願い");
        Assert.Contains(asked.Links, l => l.Contains($"/team-up/{Season}/judging", StringComparison.Ordinal));
        await WaitUntilNotListedAsync(Instance);

        var (again, againLocation) = await CareSheetHarness.PostFormAsync(hr, "/attention", form);
        Assert.Equal(HttpStatusCode.SeeOther, again.Status);
        Assert.Equal(location, againLocation);
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Single(await MailsAsync("J3", $"{Season}】審査のお願い"));
    }

    private async Task<List<OutboxMessage>> MailsAsync(string staffId, string subject) =>
        [.. (await _harness.OutboxAsync(TeamUpSeasonHarness.EmailOf(staffId))).Where(m => m.Subject.Contains(subject, StringComparison.Ordinal))];

    /// <summary>Polls the list until nothing about the instance is on it.</summary>
    private async Task WaitUntilNotListedAsync(string instance)
    {
        var watch = Stopwatch.StartNew();
        JsonElement list;
        do
        {
            list = await _attention.ListAsync();
            if (!list.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("instanceId").GetString() == instance))
            {
                return;
            }

            await Task.Delay(300);
        }
        while (watch.Elapsed < TeamUpSeasonHarness.Wait);

        throw new TimeoutException($"{instance} is still listed: {list}");
    }

    private static string RowOf(string html, string instance)
    {
        var from = html.IndexOf($"<tr data-instance=\"{instance}\"", StringComparison.Ordinal);
        Assert.True(from >= 0, $"{instance} is not on the page: {html}");
        return html[from..html.IndexOf("</tr>", from, StringComparison.Ordinal)];
    }

    /// <summary>The fields of the row's re-signal form, as the browser sends them.</summary>
    private static Dictionary<string, string> ResignalForm(string row)
    {
        var from = row.IndexOf("class=\"action-resignal\"", StringComparison.Ordinal);
        Assert.True(from >= 0, $"The row has no re-signal button: {row}");
        var form = row[from..row.IndexOf("</form>", from, StringComparison.Ordinal)];
        var fields = HiddenField().Matches(form).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.Equal("resignal", fields["action"]);
        Assert.True(fields.ContainsKey("__csrf") && fields.ContainsKey("actionId"), form);
        return fields;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
