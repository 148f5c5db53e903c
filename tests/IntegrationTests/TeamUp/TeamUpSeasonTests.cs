using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

/// <summary>
/// A whole season on the real host (Azurite, durable engine) with deadlines of seconds: HR opens it; four divisions
/// enter (one only after its reminder), one is late and one never enters; publication and a keyword search;
/// judging with a conflict of interest refused and a judge who never finishes; a ranking with ties broken by the
/// stated rule; HR's confirmation; the announcements in the outbox.
/// </summary>
public sealed class TeamUpSeasonTests(TeamUpHostFixture fixture) : IClassFixture<TeamUpHostFixture>
{
    private const string Season = "2031";

    private readonly TeamUpSeasonHarness _harness = fixture.Harness;

    [Fact]
    public async Task A_season_runs_from_the_call_for_entries_to_the_awards()
    {
        using var hr = await _harness.ClientAsync("HR1", "hr.admin");
        using (var opened = await hr.PostAsJsonAsync("/api/team-up/seasons", new { year = 2031 }))
        {
            Assert.Equal(HttpStatusCode.Accepted, opened.StatusCode);
        }

        using (var again = await hr.PostAsJsonAsync("/api/team-up/seasons", new { year = 2031 }))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        // 1. Every division head is asked, with a link to their own entry; H1 submits as soon as asked.
        var ask = await _harness.WaitForMailAsync("H1", "エントリーのお願い");
        Assert.Contains(ask.Links, l => l.EndsWith($"/team-up/{Season}/entries/D1", StringComparison.Ordinal));
        await EnterAsync("H1", "D1", "紙の決裁をやめ、ペーパーレスで回す", hours: 10, submit: true);
        var enteredAt = DateTimeOffset.UtcNow;
        await _harness.WaitForMailAsync("H6", "エントリーのお願い");
        var season = await _harness.WaitForPhaseAsync(Season, "entries");
        var entryDeadline = season.GetProperty("entryDeadline").GetDateTimeOffset();
        BeforeReminder("H1's entry", enteredAt, entryDeadline - TeamUpHostFixture.EntryRemindBefore);

        // 2. Entries: D1–D3 submitted; D5 keeps a draft; D4 and D6 have nothing yet.
        await EnterAsync("H2", "D2", "定例会議を半分にする", hours: 5, submit: true);
        await EnterAsync("H3", "D3", "重複する統計報告を一本化する", hours: 20, submit: true);
        await EnterAsync("H5", "D5", "海外出張報告の様式を簡素化する", hours: 6, submit: false);

        // D4 enters as soon as its reminder arrives, before the deadline.
        var reminder = await _harness.WaitForMailAsync("H4", "エントリー締切が近づいています");
        Assert.Contains(reminder.Links, l => l.EndsWith($"/team-up/{Season}/entries/D4", StringComparison.Ordinal));
        await EnterAsync("H4", "D4", "前例踏襲の調査票を見直す", hours: 8, submit: true);
        await _harness.WaitForMailAsync("H6", "エントリー締切が近づいています");
        await _harness.WaitForMailAsync("H5", "エントリー締切が近づいています");
        Assert.DoesNotContain(await _harness.OutboxAsync(TeamUpSeasonHarness.EmailOf("H1")), m => m.Subject.Contains("締切が近づいています", StringComparison.Ordinal));

        // After the deadline entries are read-only: D5's late submit is refused and its draft stays unpublished.
        await TeamUpSeasonHarness.PassAsync(entryDeadline);
        using (var h5 = await _harness.ClientAsync("H5", "division.head"))
        using (var late = await TeamUpEntryHarness.SubmitAsync(h5, $"/api/team-up/seasons/{Season}/entries/D5", "*"))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }

        // 3. Publication: all staff are told, and a keyword finds the entry.
        await _harness.WaitForPhaseAsync(Season, "awaiting-panel");
        var published = await _harness.WaitForMailAsync("E101", "公開しました");
        Assert.Contains(published.Links, l => l.EndsWith($"/team-up/{Season}/entries", StringComparison.Ordinal));
        using var staff = await _harness.ClientAsync("E601", "employee");
        var search = await Json(await staff.GetAsync($"/api/team-up/seasons/{Season}/entries?q=ペーパーレス"));
        Assert.Equal(["D1"], Codes(search));
        var all = await Json(await staff.GetAsync($"/api/team-up/seasons/{Season}/entries"));
        Assert.Equal(["D1", "D2", "D3", "D4"], Codes(all).Order(StringComparer.Ordinal));
        Assert.Equal(43m, all.GetProperty("ministryHoursPerMonthSaved").GetDecimal());

        // 4. Judging opens once HR names the panel.
        using (var panel = await hr.PutAsJsonAsync($"/api/team-up/seasons/{Season}/panel", new { judges = new[] { "J1", "J2", "J3" } }))
        {
            Assert.True(panel.IsSuccessStatusCode, await panel.Content.ReadAsStringAsync());
        }

        season = await _harness.WaitForPhaseAsync(Season, "judging");
        var judgingDeadline = season.GetProperty("judgingDeadline").GetDateTimeOffset();
        await _harness.WaitForMailAsync("J1", "審査のお願い");

        using var j1 = await _harness.ClientAsync("J1", "judge");
        var offered = await Json(await j1.GetAsync($"/api/team-up/seasons/{Season}/judging"));
        Assert.Equal(["D3", "D4"], offered.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("divisionCode").GetString()!).Order(StringComparer.Ordinal));
        using (var conflict = await Score(j1, "D1", 5))
        {
            Assert.Equal(HttpStatusCode.Forbidden, conflict.StatusCode);
            Assert.Contains("利益相反", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // J1 (harsh on D4) and J2 (lenient overall) each score the two entries offered to them; J3 scores two of four
        // with the same marks and never finishes.
        await ScoreOk(j1, "D3", 5);
        await ScoreOk(j1, "D4", 2);
        BeforeReminder("J1's scores", DateTimeOffset.UtcNow, judgingDeadline - TeamUpHostFixture.JudgingRemindBefore);
        using var j2 = await _harness.ClientAsync("J2", "judge");
        await ScoreOk(j2, "D1", 5);
        await ScoreOk(j2, "D2", 4);
        using var j3 = await _harness.ClientAsync("J3", "judge");
        await ScoreOk(j3, "D1", 3);
        await ScoreOk(j3, "D3", 3);

        await _harness.WaitForMailAsync("J3", "審査締切が近づいています");
        Assert.DoesNotContain(await _harness.OutboxAsync(TeamUpSeasonHarness.EmailOf("J1")), m => m.Subject.Contains("審査締切", StringComparison.Ordinal));
        var progress = await Json(await hr.GetAsync($"/api/team-up/seasons/{Season}/judging/progress"));
        var judges = progress.GetProperty("judges").EnumerateArray().ToDictionary(j => j.GetProperty("staffId").GetString()!, j => j.GetProperty("finished").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["J1"] = true, ["J2"] = true, ["J3"] = false }, judges);

        // 5. Ranking at the judging deadline: D3 and D1 tie on score and on first places, so hours decide;
        // D4 and D2 tie on score, hours decide again. HR is asked to confirm.
        await TeamUpSeasonHarness.PassAsync(judgingDeadline);
        await _harness.WaitForPhaseAsync(Season, "awaiting-confirmation");
        await _harness.WaitForMailToAsync("jinji-kikaku@example.go.jp", "審査結果の確認");
        var ranking = await Json(await hr.GetAsync($"/api/team-up/seasons/{Season}/ranking"));
        var rows = ranking.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["D3", "D1", "D4", "D2"], rows.Select(r => r.GetProperty("divisionCode").GetString()!));
        Assert.Equal("hours", rows[1].GetProperty("decidedBy").GetString());
        Assert.Equal(rows[0].GetProperty("score").GetDouble(), rows[1].GetProperty("score").GetDouble(), 9);
        Assert.Contains("標準化", ranking.GetProperty("method").GetProperty("ja").GetString(), StringComparison.Ordinal);

        // Nothing is announced before HR confirms.
        Assert.DoesNotContain(await _harness.OutboxAsync(TeamUpSeasonHarness.EmailOf("E501")), m => m.Subject.Contains("表彰", StringComparison.Ordinal));

        // 6. HR confirms; winners and all staff are told.
        using (var award = await hr.PostAsJsonAsync($"/api/team-up/seasons/{Season}/award", new { comment = "審査結果のとおり決定する。" }))
        {
            Assert.True(award.IsSuccessStatusCode, await award.Content.ReadAsStringAsync());
        }

        await _harness.WaitForPhaseAsync(Season, "awarded");
        var grand = await _harness.WaitForMailAsync("H3", "最優秀賞");
        Assert.Contains(grand.Links, l => l.Contains($"/team-up/{Season}/awards", StringComparison.Ordinal));
        await _harness.WaitForMailAsync("H1", "優秀賞");
        await _harness.WaitForMailAsync("H4", "優秀賞");
        var announced = await _harness.WaitForMailAsync("E501", "表彰結果");
        Assert.Contains("政策企画課", announced.Text, StringComparison.Ordinal);
        var english = await _harness.WaitForMailAsync("E602", "awards");
        Assert.Contains("Grand prize", english.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await _harness.OutboxAsync(TeamUpSeasonHarness.EmailOf("H2")), m => m.Subject.Contains("受賞", StringComparison.Ordinal));
        var awards = await Json(await staff.GetAsync($"/api/team-up/seasons/{Season}/awards"));
        Assert.Equal(["D3", "D1", "D4"], awards.GetProperty("winners").EnumerateArray().Select(w => w.GetProperty("divisionCode").GetString()!));
        Assert.Equal("審査結果のとおり決定する。", awards.GetProperty("comment").GetString());
    }

    /// <summary>Who acts at once is reminded only if the reminder ran first: say so plainly when the machine was that slow.</summary>
    private static void BeforeReminder(string what, DateTimeOffset doneAt, DateTimeOffset reminderAt) =>
        Assert.True(doneAt < reminderAt, $"{what} came in at {doneAt:O}, after the reminder due at {reminderAt:O}");

    private async Task EnterAsync(string head, string division, string stop, decimal hours, bool submit)
    {
        using var client = await _harness.ClientAsync(head, "division.head");
        var entry = new
        {
            mission = "国民に信頼される行政サービスを、少ない手間で届ける。",
            priorities = "1. 業務の見える化 2. 止める仕事の実行 3. 若手の育成",
            wayOfWorking = "毎朝15分の短い朝会と、週1回の1on1で状況を共有する。",
            stopWork = new[] { new { task = stop, reason = "前例踏襲で続けてきたが、目的を果たしていないため。", hoursPerMonth = hours } },
            initiatives = new[] { new { title = "ナレッジ共有会", description = "月1回、係を越えて業務のコツを共有する。", results = "問い合わせ対応時間が2割減った。" } },
        };
        string? etag;
        using (var saved = await TeamUpEntryHarness.PutAsync(client, $"/api/team-up/seasons/{Season}/entries/{division}", entry))
        {
            Assert.True(saved.IsSuccessStatusCode, $"{division}: {(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
            etag = TeamUpEntryHarness.ETagOf(saved);
        }

        if (submit)
        {
            using var submitted = await TeamUpEntryHarness.SubmitAsync(client, $"/api/team-up/seasons/{Season}/entries/{division}", etag);
            Assert.True(submitted.IsSuccessStatusCode, $"{division}: {(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync()}");
        }
    }

    private static Task<HttpResponseMessage> Score(HttpClient judge, string division, int all) =>
        judge.PutAsJsonAsync($"/api/team-up/seasons/{Season}/scores/{division}",
            new { scores = new Dictionary<string, int> { ["policy"] = all, ["stop"] = all, ["teamwork"] = all, ["spread"] = all }, comment = "" });

    private static async Task ScoreOk(HttpClient judge, string division, int all)
    {
        using var response = await Score(judge, division, all);
        Assert.True(response.IsSuccessStatusCode, $"{division}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    /// <summary>The division codes of a publication answer, whatever the grouping by bureau.</summary>
    private static List<string> Codes(JsonElement publication) =>
        [.. publication.GetProperty("bureaus").EnumerateArray().SelectMany(b => b.GetProperty("entries").EnumerateArray()).Select(e => e.GetProperty("divisionCode").GetString()!)];
}
