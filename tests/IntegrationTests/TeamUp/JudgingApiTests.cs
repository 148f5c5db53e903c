using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Transformation.TeamUp.Judging;
using Transformation.TeamUp.Seasons;
using Transformation.Tests.Support.TeamUp;
using static Transformation.Tests.Support.TeamUp.JudgingHarness;

namespace Transformation.Tests.TeamUp;

/// <summary>
/// The judging API on the real host and Azurite, each test on a season of its own written straight into storage
/// (no orchestration runs, so no event is raised): the panel, conflict of interest, score validation and deadline,
/// HR's progress view, the ranking and the award decision, and who may call what.
/// </summary>
public sealed class JudgingApiTests(JudgingHostFixture fixture) : IClassFixture<JudgingHostFixture>
{
    private readonly JudgingHarness _harness = fixture.Harness;

    [Fact]
    public async Task HR_names_a_panel_of_staff_from_the_seasons_roster_until_the_ranking_is_computed()
    {
        await _harness.CreateSeasonAsync("2041", SeasonPhase.AwaitingPanel);
        using var hr = await _harness.ClientAsync("HR1", "hr.admin");

        async Task<(HttpStatusCode Status, string Body)> PutAsync(string season, object body)
        {
            using var response = await hr.PutAsJsonAsync($"/api/team-up/seasons/{season}/panel", body);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var empty = await PutAsync("2041", new { judges = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Contains("審査員を1人以上", empty.Body, StringComparison.Ordinal);

        var unknown = await PutAsync("2041", new { judges = new[] { "J1", "NOBODY" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("judges[1]", unknown.Body, StringComparison.Ordinal);
        Assert.Contains("NOBODY", unknown.Body, StringComparison.Ordinal);

        var twice = await PutAsync("2041", new { judges = new[] { "J1", "J2", "J1" } });
        Assert.Equal(HttpStatusCode.BadRequest, twice.Status);
        Assert.Contains("judges[2]", twice.Body, StringComparison.Ordinal);

        var tooMany = await PutAsync("2041", new { judges = Enumerable.Range(0, 31).Select(i => "J1").ToArray() });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
        Assert.Contains("30", tooMany.Body, StringComparison.Ordinal);

        var notJson = await PutAsync("2041", new[] { 1, 2 });
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);

        // Nothing was written by the refusals.
        Assert.Empty((await _harness.Seasons.GetAsync("2041"))!.Panel);

        var named = await PutAsync("2041", new { judges = new[] { "J1", " J2 ", "J3" } });
        Assert.Equal(HttpStatusCode.OK, named.Status);
        var view = JsonDocument.Parse(named.Body).RootElement;
        Assert.Equal(["J1", "J2", "J3"], view.GetProperty("judges").EnumerateArray().Select(j => j.GetProperty("staffId").GetString()));
        Assert.Equal("B2", view.GetProperty("judges")[1].GetProperty("bureauCode").GetString());
        Assert.False(view.GetProperty("workflowNotified").GetBoolean());
        var stored = (await _harness.Seasons.GetAsync("2041"))!;
        Assert.Equal(["J1", "J2", "J3"], stored.Panel);
        Assert.Equal("HR1", stored.PanelNamedBy);

        var missing = await PutAsync("2999", new { judges = new[] { "J1" } });
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);

        await _harness.CreateSeasonAsync("2042", SeasonPhase.AwaitingConfirmation, ["J1"]);
        var late = await PutAsync("2042", new { judges = new[] { "J2" } });
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Equal(["J1"], (await _harness.Seasons.GetAsync("2042"))!.Panel);
    }

    [Fact]
    public async Task A_judge_is_not_offered_entries_of_their_own_bureau_and_scoring_one_is_refused()
    {
        await _harness.CreateSeasonAsync("2043", SeasonPhase.Judging, ["J1", "J2"]);
        await _harness.EntryAsync("2043", "D1", 10);
        await _harness.EntryAsync("2043", "D2", 20);
        await _harness.EntryAsync("2043", "D3", 30);
        await _harness.EntryAsync("2043", "D4", 40, submit: false);
        using var j1 = await _harness.ClientAsync("J1", "judge");

        using (var worklist = await j1.GetAsync("/api/team-up/seasons/2043/judging"))
        {
            Assert.Equal(HttpStatusCode.OK, worklist.StatusCode);
            var view = await JsonOf(worklist);
            // J1 is of bureau B1: D1 and D2 are not offered; D4 is a draft.
            Assert.Equal(["D3"], view.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("divisionCode").GetString()));
            Assert.Equal("/team-up/2043/entries/D3", view.GetProperty("entries")[0].GetProperty("entryUrl").GetString());
            Assert.True(view.GetProperty("open").GetBoolean());
            Assert.Equal(4, view.GetProperty("rubric").GetArrayLength());
            Assert.Equal("運営方針の明確さ", view.GetProperty("rubric")[0].GetProperty("name").GetString());
            Assert.Equal(0.25, view.GetProperty("rubric")[0].GetProperty("weight").GetDouble());
        }

        using (var own = await PutScoreAsync(j1, "2043", "D2", AllScores(5)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
            Assert.Equal("application/problem+json", own.Content.Headers.ContentType?.MediaType);
            Assert.Contains("利益相反", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var request = new HttpRequestMessage(HttpMethod.Put, "/api/team-up/seasons/2043/scores/D1") { Content = JsonContent.Create(AllScores(5)) })
        {
            request.Headers.AcceptLanguage.ParseAdd("en");
            using var own = await j1.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
            Assert.Contains("conflict of interest", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Null(await _harness.Scores.GetAsync("2043", "J1", "D1"));
        Assert.Null(await _harness.Scores.GetAsync("2043", "J1", "D2"));

        using (var draft = await PutScoreAsync(j1, "2043", "D4", AllScores(3)))
        {
            Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        }

        using (var unknown = await PutScoreAsync(j1, "2043", "D9", AllScores(3)))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        // J2 (bureau B2) is offered D1 and D2 but not D3.
        using var j2 = await _harness.ClientAsync("J2", "judge");
        var j2View = await JsonOf(await j2.GetAsync("/api/team-up/seasons/2043/judging"));
        Assert.Equal(["D1", "D2"], j2View.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("divisionCode").GetString()));

        // A judge not on the panel (J3) is refused even with the judge role.
        using var j3 = await _harness.ClientAsync("J3", "judge");
        using (var outsider = await j3.GetAsync("/api/team-up/seasons/2043/judging"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        }

        using (var outsiderScore = await PutScoreAsync(j3, "2043", "D1", AllScores(4)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, outsiderScore.StatusCode);
        }

        Assert.Null(await _harness.Scores.GetAsync("2043", "J3", "D1"));
    }

    [Fact]
    public async Task Scores_must_cover_every_criterion_with_a_whole_number_from_1_to_5_and_can_be_changed()
    {
        await _harness.CreateSeasonAsync("2044", SeasonPhase.Judging, ["J1"]);
        await _harness.EntryAsync("2044", "D3", 12);
        using var j1 = await _harness.ClientAsync("J1", "judge");

        async Task<(HttpStatusCode Status, string Body)> PutAsync(object body)
        {
            using var response = await PutScoreAsync(j1, "2044", "D3", body);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var unknown = await PutAsync(new { scores = new Dictionary<string, int> { ["policy"] = 3, ["stop"] = 3, ["teamwork"] = 3, ["spread"] = 3, ["charm"] = 5 } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("scores.charm", unknown.Body, StringComparison.Ordinal);

        var missing = await PutAsync(new { scores = new Dictionary<string, int> { ["policy"] = 3, ["stop"] = 3, ["teamwork"] = 3 } });
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains("scores.spread", missing.Body, StringComparison.Ordinal);

        foreach (var wrong in new object[] { 0, 6, 4.5, "4", -1 })
        {
            var outside = await PutAsync(new { scores = new Dictionary<string, object> { ["policy"] = wrong, ["stop"] = 3, ["teamwork"] = 3, ["spread"] = 3 } });
            Assert.True(outside.Status == HttpStatusCode.BadRequest, $"{wrong}: {outside.Body}");
            Assert.Contains("scores.policy", outside.Body, StringComparison.Ordinal);
        }

        using (var broken = await j1.PutAsync("/api/team-up/seasons/2044/scores/D3", new StringContent("{ scores: ", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        }

        Assert.Null(await _harness.Scores.GetAsync("2044", "J1", "D3"));

        var first = await PutAsync(AllScores(2, "もう一歩"));
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var changed = await PutAsync(new { scores = new Dictionary<string, int> { ["policy"] = 5, ["stop"] = 4, ["teamwork"] = 3, ["spread"] = 2 }, comment = "見直しました" });
        Assert.Equal(HttpStatusCode.OK, changed.Status);

        var card = (await _harness.Scores.GetAsync("2044", "J1", "D3"))!;
        Assert.Equal(5, card.Scores["policy"]);
        Assert.Equal(2, card.Scores["spread"]);
        Assert.Equal("見直しました", card.Comment);
        Assert.Single(await _harness.Scores.ListAsync("2044"));

        var worklist = await JsonOf(await j1.GetAsync("/api/team-up/seasons/2044/judging"));
        Assert.Equal(4, worklist.GetProperty("entries")[0].GetProperty("scores").GetProperty("stop").GetInt32());
        Assert.Equal(1, worklist.GetProperty("scored").GetInt32());
    }

    [Fact]
    public async Task Scores_are_taken_only_while_judging_is_open()
    {
        await _harness.CreateSeasonAsync("2045", SeasonPhase.Judging, ["J1"], judgingDeadline: DateTimeOffset.UtcNow.AddMinutes(-1));
        await _harness.CreateSeasonAsync("2046", SeasonPhase.AwaitingPanel, ["J1"]);
        await _harness.CreateSeasonAsync("2047", SeasonPhase.AwaitingConfirmation, ["J1"]);
        foreach (var season in new[] { "2045", "2046", "2047" })
        {
            await _harness.EntryAsync(season, "D3", 8);
        }

        using var j1 = await _harness.ClientAsync("J1", "judge");
        foreach (var season in new[] { "2045", "2046", "2047" })
        {
            using var late = await PutScoreAsync(j1, season, "D3", AllScores(4));
            Assert.True(late.StatusCode == HttpStatusCode.Conflict, $"{season}: {(int)late.StatusCode}");
            Assert.Contains("審査の受付期間ではありません", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Null(await _harness.Scores.GetAsync(season, "J1", "D3"));
            var view = await JsonOf(await j1.GetAsync($"/api/team-up/seasons/{season}/judging"));
            Assert.False(view.GetProperty("open").GetBoolean());
        }
    }

    [Fact]
    public async Task HR_sees_which_judges_have_not_finished_unfinished_first()
    {
        await _harness.CreateSeasonAsync("2048", SeasonPhase.Judging, ["J1", "J2", "J3"]);
        await _harness.EntryAsync("2048", "D1", 5);
        await _harness.EntryAsync("2048", "D3", 6);
        await _harness.EntryAsync("2048", "D5", 7);
        using var j1 = await _harness.ClientAsync("J1", "judge");
        using var j2 = await _harness.ClientAsync("J2", "judge");
        foreach (var division in new[] { "D3", "D5" })
        {
            using var saved = await PutScoreAsync(j1, "2048", division, AllScores(4));
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        using (var saved = await PutScoreAsync(j2, "2048", "D1", AllScores(3)))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        using var hr = await _harness.ClientAsync("HR1", "hr.admin");
        using var response = await hr.GetAsync("/api/team-up/seasons/2048/judging/progress");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await JsonOf(response);
        var judges = view.GetProperty("judges").EnumerateArray().ToList();
        Assert.Equal(["J2", "J3", "J1"], judges.Select(j => j.GetProperty("staffId").GetString()));
        Assert.Equal((2, 1, false), (judges[0].GetProperty("offered").GetInt32(), judges[0].GetProperty("scored").GetInt32(), judges[0].GetProperty("finished").GetBoolean()));
        Assert.Equal((2, 0, false), (judges[1].GetProperty("offered").GetInt32(), judges[1].GetProperty("scored").GetInt32(), judges[1].GetProperty("finished").GetBoolean()));
        Assert.Equal((2, 2, true), (judges[2].GetProperty("offered").GetInt32(), judges[2].GetProperty("scored").GetInt32(), judges[2].GetProperty("finished").GetBoolean()));
        Assert.Equal("職員 J3", judges[1].GetProperty("name").GetString());
        Assert.Equal(1, view.GetProperty("finished").GetInt32());
    }

    [Fact]
    public async Task HR_reads_the_ranking_and_confirms_an_adjusted_award_order_only_with_a_comment_and_only_once()
    {
        await _harness.CreateSeasonAsync("2049", SeasonPhase.Judging, ["J1", "J2", "J3"]);
        foreach (var (division, hours) in new[] { ("D1", 10m), ("D2", 20m), ("D3", 30m), ("D4", 40m), ("D5", 50m) })
        {
            await _harness.EntryAsync("2049", division, hours);
        }

        // J1 (B1) scores D3 > D4 > D5; J2 (B2) D1 > D2 > D5; J3 (B3) D1 > D3 > D2 > D4.
        var cards = new (string Judge, string Division, int Score)[]
        {
            ("J1", "D3", 5), ("J1", "D4", 3), ("J1", "D5", 1),
            ("J2", "D1", 5), ("J2", "D2", 4), ("J2", "D5", 2),
            ("J3", "D1", 5), ("J3", "D3", 4), ("J3", "D2", 3), ("J3", "D4", 2),
        };
        foreach (var group in cards.GroupBy(c => c.Judge))
        {
            using var judge = await _harness.ClientAsync(group.Key, "judge");
            foreach (var card in group)
            {
                using var saved = await PutScoreAsync(judge, "2049", card.Division, AllScores(card.Score));
                Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            }
        }

        using var hr = await _harness.ClientAsync("HR1", "hr.admin");
        using (var early = await hr.GetAsync("/api/team-up/seasons/2049/ranking"))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        }

        using (var earlyAward = await hr.PostAsJsonAsync("/api/team-up/seasons/2049/award", new { comment = "" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, earlyAward.StatusCode);
        }

        // The ranking step of the season, as the orchestration runs it at the judging deadline.
        var ranking = await _harness.RankingService().RankAsync("2049");
        await _harness.Seasons.SetPhaseAsync("2049", SeasonPhase.AwaitingConfirmation);
        Assert.Equal(["D1", "D3", "D2", "D4", "D5"], ranking.Entries.Select(e => e.DivisionCode));

        using (var read = await hr.GetAsync("/api/team-up/seasons/2049/ranking"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Contains("標準化", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var view = await JsonOf(read);
            var rows = view.GetProperty("entries").EnumerateArray().ToList();
            Assert.Equal(["D1", "D3", "D2", "D4", "D5"], rows.Select(r => r.GetProperty("divisionCode").GetString()));
            Assert.Equal("第1課", rows[0].GetProperty("divisionName").GetString());
            Assert.Equal("B1局", rows[0].GetProperty("bureauName").GetString());
            Assert.Equal(2, rows[0].GetProperty("judges").GetInt32());
            Assert.Equal(2, rows[0].GetProperty("firstPlaces").GetInt32());
            Assert.Equal(10m, rows[0].GetProperty("hoursPerMonthSaved").GetDecimal());
            Assert.Equal("grand", rows[0].GetProperty("proposedAwardId").GetString());
            Assert.Equal("最優秀賞", rows[0].GetProperty("proposedAward").GetString());
            Assert.Equal(JsonValueKind.Null, rows[3].GetProperty("proposedAwardId").ValueKind);
            Assert.Equal(["D1", "D3", "D2"], view.GetProperty("proposal").EnumerateArray().Select(p => p.GetString()));
            Assert.Contains("zスコア", view.GetProperty("method").GetProperty("ja").GetString(), StringComparison.Ordinal);
            Assert.Contains("z-score", view.GetProperty("method").GetProperty("en").GetString(), StringComparison.Ordinal);
        }

        async Task<(HttpStatusCode Status, string Body)> AwardAsync(object body)
        {
            using var response = await hr.PostAsJsonAsync("/api/team-up/seasons/2049/award", body);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var noComment = await AwardAsync(new { order = new[] { "D3", "D1", "D2" } });
        Assert.Equal(HttpStatusCode.BadRequest, noComment.Status);
        Assert.Contains("\"comment\"", noComment.Body, StringComparison.Ordinal);

        var notRanked = await AwardAsync(new { order = new[] { "D1", "D9" }, comment = "理由" });
        Assert.Equal(HttpStatusCode.BadRequest, notRanked.Status);
        Assert.Contains("order[1]", notRanked.Body, StringComparison.Ordinal);

        var twice = await AwardAsync(new { order = new[] { "D1", "D1" }, comment = "理由" });
        Assert.Equal(HttpStatusCode.BadRequest, twice.Status);

        var tooMany = await AwardAsync(new { order = new[] { "D1", "D2", "D3", "D4" }, comment = "理由" });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);

        Assert.Null(await _harness.Seasons.GetAwardAsync("2049"));

        var adjusted = await AwardAsync(new { order = new[] { "D3", "D1", "D2" }, comment = "D3 の取組は全庁展開が決まったため最優秀賞とする" });
        Assert.Equal(HttpStatusCode.OK, adjusted.Status);
        var decision = (await _harness.Seasons.GetAwardAsync("2049"))!;
        Assert.Equal(["D3", "D1", "D2"], decision.Order);
        Assert.True(decision.Adjusted);
        Assert.Equal("HR1", decision.DecidedBy);
        var answer = JsonDocument.Parse(adjusted.Body).RootElement;
        Assert.Equal("grand", answer.GetProperty("places")[0].GetProperty("awardId").GetString());
        Assert.Equal("excellence", answer.GetProperty("places")[2].GetProperty("awardId").GetString());
        Assert.False(answer.GetProperty("workflowNotified").GetBoolean());

        var again = await AwardAsync(new { });
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("すでに確定", again.Body, StringComparison.Ordinal);

        // Staff read the awards once the season is awarded (the workflow moves it after announcing).
        using var employee = await _harness.ClientAsync("E1", "employee");
        using (var notYet = await employee.GetAsync("/api/team-up/seasons/2049/awards"))
        {
            Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        }

        await _harness.Seasons.SetPhaseAsync("2049", SeasonPhase.Awarded);
        using (var awards = await employee.GetAsync("/api/team-up/seasons/2049/awards"))
        {
            Assert.Equal(HttpStatusCode.OK, awards.StatusCode);
            var view = await JsonOf(awards);
            var winners = view.GetProperty("winners").EnumerateArray().ToList();
            Assert.Equal(["D3", "D1", "D2"], winners.Select(w => w.GetProperty("divisionCode").GetString()));
            Assert.Equal("最優秀賞", winners[0].GetProperty("awardName").GetString());
            Assert.Equal("優秀賞", winners[1].GetProperty("awardName").GetString());
            Assert.Equal("B2局", winners[0].GetProperty("bureauName").GetString());
            Assert.Equal(30m, winners[0].GetProperty("hoursPerMonthSaved").GetDecimal());
            Assert.Equal("/team-up/2049/entries/D3", winners[0].GetProperty("entryUrl").GetString());
            Assert.Contains("全庁展開", view.GetProperty("comment").GetString(), StringComparison.Ordinal);
            Assert.Contains("標準化", view.GetProperty("method").GetProperty("ja").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Confirming_without_an_order_awards_the_proposal_and_needs_no_comment()
    {
        await _harness.CreateSeasonAsync("2050", SeasonPhase.Judging, ["J3"]);
        await _harness.EntryAsync("2050", "D1", 1);
        await _harness.EntryAsync("2050", "D3", 2);
        using (var j3 = await _harness.ClientAsync("J3", "judge"))
        {
            using var a = await PutScoreAsync(j3, "2050", "D1", AllScores(2));
            using var b = await PutScoreAsync(j3, "2050", "D3", AllScores(4));
            Assert.Equal(HttpStatusCode.OK, a.StatusCode);
            Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        }

        await _harness.RankingService().RankAsync("2050");
        await _harness.Seasons.SetPhaseAsync("2050", SeasonPhase.AwaitingConfirmation);
        using var hr = await _harness.ClientAsync("HR1", "hr.admin");
        using (var confirmed = await hr.PostAsync("/api/team-up/seasons/2050/award", null))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        var decision = (await _harness.Seasons.GetAwardAsync("2050"))!;
        Assert.Equal(["D3", "D1"], decision.Order);
        Assert.False(decision.Adjusted);
        Assert.Equal("", decision.Comment);

        // The same order given explicitly is not an adjustment either: but the award is already confirmed.
        using var again = await hr.PostAsJsonAsync("/api/team-up/seasons/2050/award", new { order = new[] { "D3", "D1" } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Each_route_refuses_callers_without_its_role()
    {
        await _harness.CreateSeasonAsync("2051", SeasonPhase.AwaitingConfirmation, ["J1"]);
        using var employee = await _harness.ClientAsync("E1", "employee");
        using var judge = await _harness.ClientAsync("J1", "judge");
        using var hr = await _harness.ClientAsync("HR1", "hr.admin");
        var refused = new (HttpClient Client, HttpMethod Method, string Path)[]
        {
            (employee, HttpMethod.Put, "/api/team-up/seasons/2051/panel"),
            (judge, HttpMethod.Put, "/api/team-up/seasons/2051/panel"),
            (employee, HttpMethod.Get, "/api/team-up/seasons/2051/judging"),
            (hr, HttpMethod.Get, "/api/team-up/seasons/2051/judging"),
            (hr, HttpMethod.Put, "/api/team-up/seasons/2051/scores/D3"),
            (judge, HttpMethod.Get, "/api/team-up/seasons/2051/judging/progress"),
            (employee, HttpMethod.Get, "/api/team-up/seasons/2051/ranking"),
            (judge, HttpMethod.Get, "/api/team-up/seasons/2051/ranking"),
            (employee, HttpMethod.Post, "/api/team-up/seasons/2051/award"),
            (judge, HttpMethod.Post, "/api/team-up/seasons/2051/award"),
        };
        foreach (var (client, method, path) in refused)
        {
            using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(new { judges = new[] { "J1" }, order = new[] { "D3" } }) };
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}");
        }

        using var anonymous = await _harness.Host.Http.GetAsync("/api/team-up/seasons/2051/awards");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(["J1"], (await _harness.Seasons.GetAsync("2051"))!.Panel);
        Assert.Null(await _harness.Seasons.GetAwardAsync("2051"));
    }
}
