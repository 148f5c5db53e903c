using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Plans;

/// <summary>
/// Phases 8–10 end to end on the real host (Azurite, durable engine), deadlines of seconds: sheets to heads,
/// one plan submitted, one never (reminder, then escalation to the bureau coordinator), HR's overview,
/// the mid-term progress request and report, and the effect once next year's results are stored.
/// </summary>
public sealed class SurveyFollowThroughTests(FollowThroughHostFixture fixture) : IClassFixture<FollowThroughHostFixture>
{
    private readonly FollowThroughHarness _harness = fixture.Harness;

    [Fact]
    public async Task Heads_get_their_sheet_plan_and_follow_up_and_the_effect_is_measured_a_year_on()
    {
        var q = FollowThroughHarness.Questionnaire;
        // D3 has no respondents: suppressed (and so is its bureau B2), nothing else needs hiding.
        var baseline = await _harness.StoreResultsAsync("2026",
            new ResponseBuilder(q, "D1", "B1").All(3).Times(8).Concat(new ResponseBuilder(q, "D2", "B1").All(3).Times(8)));
        using var hr = await _harness.ClientAsync("HR1", "hr.admin");

        using (var started = await hr.PostAsync("/api/surveys/2026/follow-through", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        }

        using (var again = await hr.PostAsync("/api/surveys/2026/follow-through", null))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        // 8. Sheets: shown divisions get theirs with links (the suppressed one, further down, is told why and asked anyway).
        var sheet = await _harness.WaitForMailAsync("H1", "評価シート");
        Assert.Contains(sheet.Links, l => l.EndsWith("/surveys/2026/sheets/division/D1", StringComparison.Ordinal));
        Assert.Contains(sheet.Links, l => l.EndsWith("/surveys/2026/plans/D1", StringComparison.Ordinal));

        // 9. H1 writes and submits a plan through the API.
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        var due = DateTime.UtcNow.AddHours(9).AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var plan = new
        {
            targets = new[] { new { itemId = "W01", target = 3.5 } },
            actions = new[] { new { description = "毎週の朝会で課の目標と各自の業務のつながりを説明する", owner = "課長補佐", due, status = "not-started" } },
        };
        const string path = "/api/surveys/2026/plans/D1";
        using (var unconditional = await h1.PutAsJsonAsync(path, plan))
        {
            Assert.Equal(HttpStatusCode.PreconditionRequired, unconditional.StatusCode);
        }

        var below = new { targets = new[] { new { itemId = "W01", target = 2.5 } }, plan.actions };
        using (var bad = await FollowThroughHarness.WriteAsync(h1, HttpMethod.Put, path, below, null))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("targets[0].target", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        string? etag;
        DateTimeOffset deadline;
        using (var saved = await FollowThroughHarness.WriteAsync(h1, HttpMethod.Put, path, plan, null))
        {
            etag = FollowThroughHarness.ETagOf(saved);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var view = await Json(saved);
            deadline = view.GetProperty("deadline").GetDateTimeOffset();
            Assert.True(view.GetProperty("standing").GetString() == "draft",
                $"H1's first save at {DateTimeOffset.UtcNow:O} reads {view.GetProperty("standing")}, not draft (deadline {deadline:O})");
            Assert.Equal(3.0, view.GetProperty("targets")[0].GetProperty("current").GetDouble(), 2);
        }

        using (var submitted = await FollowThroughHarness.WriteAsync(h1, HttpMethod.Post, path + "/submit", null, etag))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
            Assert.Equal("submitted", (await Json(submitted)).GetProperty("standing").GetString());
        }

        // H1 is reminded only if their plan was not in when the reminder ran: say so plainly when the machine was that slow.
        var submittedAt = DateTimeOffset.UtcNow;
        Assert.True(submittedAt < deadline - FollowThroughHostFixture.RemindBefore,
            $"H1 submitted at {submittedAt:O}, after the reminder due at {deadline - FollowThroughHostFixture.RemindBefore:O}");

        // The suppressed division's head is told why there is no sheet and asked for a plan anyway.
        var small = await _harness.WaitForMailAsync("H3", "カイゼン策のお願い");
        Assert.Contains("最低人数", small.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(small.Links, l => l.Contains("/sheets/division/D3", StringComparison.Ordinal));

        // Scope: another division's head may neither read nor write D1's plan; nobody anonymous.
        using var h2 = await _harness.ClientAsync("H2", "division.head");
        using (var other = await h2.GetAsync("/api/surveys/2026/plans/D1"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }

        using (var otherWrite = await h2.PutAsJsonAsync("/api/surveys/2026/plans/D1", plan))
        {
            Assert.Equal(HttpStatusCode.Forbidden, otherWrite.StatusCode);
        }

        using (var anonymous = await _harness.Host.Http.GetAsync("/api/surveys/2026/plans/D1"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        // H2 never submits: reminded, then escalated to B1's coordinator.
        var reminder = await _harness.WaitForMailAsync("H2", "リマインド");
        Assert.Contains(reminder.Links, l => l.EndsWith("/surveys/2026/plans/D2", StringComparison.Ordinal));
        var escalation = await _harness.WaitForMailAsync("E105", "期限超過");
        Assert.Contains("D2課", escalation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("D1課", escalation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await _harness.OutboxAsync(FollowThroughHarness.EmailOf("H1")), m => m.Subject.Contains("リマインド", StringComparison.Ordinal));

        // The engine's timer may fire a hair before the web clock passes the deadline: poll briefly.
        var standings = await StandingsAsync(hr, s => s["D2"] == "overdue");
        Assert.Equal("submitted", standings["D1"]);
        Assert.Equal("overdue", standings["D2"]);
        Assert.Equal("overdue", standings["D3"]);

        // 10. Mid-term: the head with a plan is asked for progress and reports it.
        var progressMail = await _harness.WaitForMailAsync("H1", "中間報告");
        Assert.Contains(progressMail.Links, l => l.EndsWith("/surveys/2026/plans/D1", StringComparison.Ordinal));
        using var current = await h1.GetAsync(path);
        var report = new { actions = new[] { new { action = 0, status = "done", note = "4月から毎週実施" } } };
        var read = FollowThroughHarness.ETagOf(current);
        using (var progress = await FollowThroughHarness.WriteAsync(h1, HttpMethod.Post, path + "/progress", report, read))
        {
            Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
            var view = await Json(progress);
            Assert.Equal("done", view.GetProperty("actions")[0].GetProperty("status").GetString());
            Assert.Equal("4月から毎週実施", view.GetProperty("progress")[0].GetProperty("actions")[0].GetProperty("note").GetString());
        }

        // A year on: D1 answers W01 with 4 instead of 3.
        await _harness.StoreResultsAsync("2027",
            new ResponseBuilder(q, "D1", "B1").All(3).Score("W01", 4).Times(8).Concat(new ResponseBuilder(q, "D2", "B1").All(3).Times(8)), baseline);
        using (var effect = await h1.GetAsync("/api/surveys/2026/plans/D1/effect?next=2027"))
        {
            Assert.Equal(HttpStatusCode.OK, effect.StatusCode);
            var row = (await Json(effect)).GetProperty("items")[0];
            Assert.Equal("W01", row.GetProperty("itemId").GetString());
            Assert.Equal(3.0, row.GetProperty("baseline").GetDouble(), 2);
            Assert.Equal(3.5, row.GetProperty("target").GetDouble(), 2);
            Assert.Equal(4.0, row.GetProperty("next").GetDouble(), 2);
            Assert.Equal(1.0, row.GetProperty("change").GetDouble(), 2);
            Assert.Equal("met", row.GetProperty("outcome").GetString());
        }

        using (var page = await h1.GetAsync("/surveys/2026/plans/D1"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            // Baseline, target, next year, change, met: the row of the targeted item.
            Assert.Matches("<td>3\\.00</td><td>3\\.50</td><td>4\\.00</td><td>[^<]*1\\.00</td><td class=\"outcome\">達成</td>", html);
        }
    }

    private static async Task<Dictionary<string, string?>> StandingsAsync(HttpClient hr, Func<Dictionary<string, string?>, bool> until)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var list = await hr.GetAsync("/api/surveys/2026/plans");
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            var standings = (await Json(list)).GetProperty("divisions").EnumerateArray()
                .ToDictionary(d => d.GetProperty("divisionCode").GetString()!, d => d.GetProperty("standing").GetString());
            if (until(standings) || watch.Elapsed > TimeSpan.FromSeconds(10))
            {
                return standings;
            }

            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task HR_cannot_start_the_follow_through_by_hand_while_the_cycle_workflow_that_will_start_it_still_runs()
    {
        using var hr = await _harness.ClientAsync("HR1", "hr.admin");
        using (var launched = await hr.PostAsJsonAsync("/api/surveys/cycles", new { year = 2029 }))
        {
            Assert.Equal(HttpStatusCode.Accepted, launched.StatusCode);
        }

        // Results stored by hand while the 2029 cycle is still open for answers.
        await _harness.StoreResultsAsync("2029", new ResponseBuilder(FollowThroughHarness.Questionnaire, "D1", "B1").All(4).Times(8));
        using var refused = await hr.PostAsync("/api/surveys/2029/follow-through", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("ワークフローが実行中", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var plans = await hr.GetAsync("/api/surveys/2029/plans");
        Assert.Equal(HttpStatusCode.NotFound, plans.StatusCode);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
