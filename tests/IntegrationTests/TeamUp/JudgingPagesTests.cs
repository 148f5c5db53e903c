using System.Net;
using Transformation.TeamUp.Seasons;
using Transformation.Tests.Support.TeamUp;
using static Transformation.Tests.Support.TeamUp.JudgingHarness;

namespace Transformation.Tests.TeamUp;

/// <summary>The judging, ranking and awards pages on the real host: Japanese by default, forms with anti-forgery, conflicts refused.</summary>
public sealed class JudgingPagesTests(JudgingHostFixture fixture) : IClassFixture<JudgingHostFixture>
{
    private readonly JudgingHarness _harness = fixture.Harness;

    [Fact]
    public async Task A_judge_scores_an_offered_entry_on_the_page_and_an_own_bureau_entry_is_neither_shown_nor_accepted()
    {
        await _harness.CreateSeasonAsync("2061", SeasonPhase.Judging, ["J1"]);
        await _harness.EntryAsync("2061", "D2", 15, mission: "自局のミッション");
        await _harness.EntryAsync("2061", "D3", 25, mission: "会議を半分にして考える時間をつくる");
        using var browser = await _harness.BrowserAsync("J1", "judge");

        using var page = await browser.GetAsync("/team-up/2061/judging");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("運営方針の明確さ", html, StringComparison.Ordinal);
        Assert.Contains("会議を半分にして考える時間をつくる", html, StringComparison.Ordinal);
        Assert.Contains("id=\"entry-D3\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"entry-D2\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("自局のミッション", html, StringComparison.Ordinal);
        Assert.Contains("利益相反", html, StringComparison.Ordinal);
        var csrf = CsrfOf(html);

        // One criterion left out: the page comes back with the error and what was chosen.
        using (var incomplete = await browser.PostAsync("/team-up/2061/judging", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = csrf, ["division"] = "D3", ["D3.policy"] = "4", ["D3.stop"] = "5", ["D3.teamwork"] = "3", ["D3.comment"] = "具体的",
        })))
        {
            var again = await incomplete.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
            Assert.Contains("「他部署への波及性」の点数を選んでください。", again, StringComparison.Ordinal);
            Assert.Contains("具体的", again, StringComparison.Ordinal);
        }

        Assert.Null(await _harness.Scores.GetAsync("2061", "J1", "D3"));

        using (var saved = await browser.PostAsync("/team-up/2061/judging", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = csrf, ["division"] = "D3", ["D3.policy"] = "4", ["D3.stop"] = "5", ["D3.teamwork"] = "3", ["D3.spread"] = "2", ["D3.comment"] = "具体的",
        })))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains("done=D3", saved.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var card = (await _harness.Scores.GetAsync("2061", "J1", "D3"))!;
        Assert.Equal(5, card.Scores["stop"]);
        Assert.Equal("具体的", card.Comment);

        using (var after = await browser.GetAsync("/team-up/2061/judging?done=D3"))
        {
            var shown = await after.Content.ReadAsStringAsync();
            Assert.Contains("「第3課」の採点を保存しました。", shown, StringComparison.Ordinal);
            Assert.Contains("1件中1件を採点済み", shown, StringComparison.Ordinal);
        }

        // Posting for the own bureau's entry anyway is refused, and nothing is stored.
        using (var own = await browser.PostAsync("/team-up/2061/judging", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = csrf, ["division"] = "D2", ["D2.policy"] = "5", ["D2.stop"] = "5", ["D2.teamwork"] = "5", ["D2.spread"] = "5",
        })))
        {
            Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
            Assert.Contains("利益相反", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Null(await _harness.Scores.GetAsync("2061", "J1", "D2"));

        // Without the anti-forgery field nothing is saved either.
        using (var forged = await browser.PostAsync("/team-up/2061/judging", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["division"] = "D3", ["D3.policy"] = "1", ["D3.stop"] = "1", ["D3.teamwork"] = "1", ["D3.spread"] = "1",
        })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Equal(5, (await _harness.Scores.GetAsync("2061", "J1", "D3"))!.Scores["stop"]);
    }

    [Fact]
    public async Task HR_reads_the_ranking_with_its_method_adjusts_the_awards_with_a_comment_and_staff_see_the_winners()
    {
        await _harness.CreateSeasonAsync("2062", SeasonPhase.Judging, ["J3", "J2"]);
        await _harness.EntryAsync("2062", "D1", 11);
        await _harness.EntryAsync("2062", "D2", 22);
        await _harness.EntryAsync("2062", "D4", 44);
        using (var j3 = await _harness.ClientAsync("J3", "judge"))
        {
            foreach (var (division, score) in new[] { ("D1", 5), ("D2", 3), ("D4", 1) })
            {
                using var saved = await PutScoreAsync(j3, "2062", division, AllScores(score));
                Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            }
        }

        using var hr = await _harness.BrowserAsync("HR1", "hr.admin");
        using (var before = await hr.GetAsync("/team-up/2062/ranking"))
        {
            var html = await before.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            Assert.Contains("順位は審査期限の後に算出されます。", html, StringComparison.Ordinal);
            Assert.Contains("data-judge=\"J2\"", html, StringComparison.Ordinal);
            Assert.Contains("残り2件", html, StringComparison.Ordinal);
        }

        await _harness.RankingService().RankAsync("2062");
        await _harness.Seasons.SetPhaseAsync("2062", SeasonPhase.AwaitingConfirmation);

        using var page = await hr.GetAsync("/team-up/2062/ranking");
        var ranking = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("順位の決め方", ranking, StringComparison.Ordinal);
        Assert.Contains("zスコア", ranking, StringComparison.Ordinal);
        Assert.Contains("止める仕事の削減時間", ranking, StringComparison.Ordinal);
        Assert.True(ranking.IndexOf("data-division=\"D1\"", StringComparison.Ordinal) < ranking.IndexOf("data-division=\"D4\"", StringComparison.Ordinal));
        Assert.Contains("最優秀賞", ranking, StringComparison.Ordinal);
        var csrf = CsrfOf(ranking);

        using (var noReason = await hr.PostAsync("/team-up/2062/ranking", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = csrf, ["order[0]"] = "D2", ["order[1]"] = "D1", ["order[2]"] = "D4", ["comment"] = "",
        })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Contains("理由をコメントに記入してください", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Null(await _harness.Seasons.GetAwardAsync("2062"));

        using (var confirmed = await hr.PostAsync("/team-up/2062/ranking", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = csrf, ["order[0]"] = "D2", ["order[1]"] = "D1", ["order[2]"] = "D4", ["comment"] = "第2課の取組は全庁で採用が決まったため",
        })))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        var decision = (await _harness.Seasons.GetAwardAsync("2062"))!;
        Assert.Equal(["D2", "D1", "D4"], decision.Order);
        Assert.True(decision.Adjusted);

        using (var done = await hr.GetAsync("/team-up/2062/ranking?done=confirmed"))
        {
            var html = await done.Content.ReadAsStringAsync();
            Assert.Contains("表彰を確定しました。", html, StringComparison.Ordinal);
            Assert.Contains("順位表の案から変更", html, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"order[0]\"", html, StringComparison.Ordinal);
        }

        using var staff = await _harness.BrowserAsync("E3", "employee");
        using (var notYet = await staff.GetAsync("/team-up/2062/awards"))
        {
            Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
            Assert.Contains("表彰はまだ発表されていません", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await _harness.Seasons.SetPhaseAsync("2062", SeasonPhase.Awarded);
        using var awards = await staff.GetAsync("/team-up/2062/awards");
        var shown = await awards.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, awards.StatusCode);
        Assert.Contains("href=\"/team-up/2062/entries/D2?lang=ja\"", shown, StringComparison.Ordinal);
        Assert.True(shown.IndexOf("data-division=\"D2\"", StringComparison.Ordinal) < shown.IndexOf("data-division=\"D1\"", StringComparison.Ordinal));
        Assert.Contains("全庁で採用", shown, StringComparison.Ordinal);
        Assert.Contains("標準化", shown, StringComparison.Ordinal);

        using var english = await staff.GetAsync("/team-up/2062/awards?lang=en");
        var en = await english.Content.ReadAsStringAsync();
        Assert.Contains("Grand prize", en, StringComparison.Ordinal);
        Assert.Contains("z-score", en, StringComparison.Ordinal);
    }
}
