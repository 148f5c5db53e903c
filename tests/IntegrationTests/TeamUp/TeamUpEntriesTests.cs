using System.Net;
using System.Text.Json;
using Transformation.Tests.Support.TeamUp;
using static Transformation.Tests.Support.TeamUp.TeamUpEntryHarness;

namespace Transformation.Tests.TeamUp;

/// <summary>
/// Team-Up entries on the real host and Azurite: the head saves, submits and edits; the deadline closes the entry;
/// others are refused; coordinators follow their own bureau; publication after the deadline with Japanese search.
/// Each test opens its own season (year), so they do not meet.
/// </summary>
public sealed class TeamUpEntriesTests(TeamUpEntriesHostFixture fixture) : IClassFixture<TeamUpEntriesHostFixture>
{
    private readonly TeamUpEntryHarness _harness = fixture.Harness;

    [Fact]
    public async Task The_head_saves_a_draft_submits_it_and_can_still_edit_it_until_the_deadline()
    {
        await _harness.CreateSeasonAsync("2031", DateTimeOffset.UtcNow.AddDays(10));
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        const string path = "/api/team-up/seasons/2031/entries/D1";

        using (var empty = await h1.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            var view = await JsonAsync(empty);
            Assert.Equal("not-started", view.GetProperty("status").GetString());
            Assert.True(view.GetProperty("editable").GetBoolean());
            Assert.Equal("総務課", view.GetProperty("divisionName").GetString());
            Assert.Equal("高橋 直樹", view.GetProperty("headName").GetString());
        }

        // A draft may be incomplete, and cannot be submitted so.
        string etag;
        using (var draft = await PutAsync(h1, path, new { mission = "国民に信頼される政策を届ける。" }))
        {
            Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
            etag = ETagOf(draft)!;
            Assert.False(string.IsNullOrEmpty(etag));
            Assert.Equal("draft", (await JsonAsync(draft)).GetProperty("status").GetString());
        }

        using (var incomplete = await SubmitAsync(h1, path, etag))
        {
            Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
            Assert.Equal("application/problem+json", incomplete.Content.Headers.ContentType?.MediaType);
            var fields = (await JsonAsync(incomplete)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
            Assert.Equal(["priorities", "wayOfWorking", "stopWork", "initiatives"], fields);
        }

        using (var whole = await PutAsync(h1, path, new EntryBuilder().StopWork("週報の作成", "月報と重複しているため", 3).Json(), etag))
        {
            Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
            etag = ETagOf(whole)!;
            Assert.Equal(15.5m, (await JsonAsync(whole)).GetProperty("hoursPerMonthSaved").GetDecimal());
        }

        using (var submitted = await SubmitAsync(h1, path, etag))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
            var view = await JsonAsync(submitted);
            Assert.Equal("submitted", view.GetProperty("status").GetString());
            Assert.NotEqual(JsonValueKind.Null, view.GetProperty("submittedAtUtc").ValueKind);
            etag = ETagOf(submitted)!;
        }

        // Edited after submitting: stays submitted; it cannot be emptied below what a submission needs.
        using (var edited = await PutAsync(h1, path, new EntryBuilder().WithMission("ミッションを改訂：現場の声を政策に。").Json(), etag))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
            var view = await JsonAsync(edited);
            Assert.Equal("submitted", view.GetProperty("status").GetString());
            Assert.Equal("ミッションを改訂：現場の声を政策に。", view.GetProperty("content").GetProperty("mission").GetString());
            Assert.Equal(12.5m, view.GetProperty("hoursPerMonthSaved").GetDecimal());
            etag = ETagOf(edited)!;
        }

        using (var emptied = await PutAsync(h1, path, new EntryBuilder().WithoutInitiatives().Json(), etag))
        {
            Assert.Equal(HttpStatusCode.BadRequest, emptied.StatusCode);
        }

        using var hr = await _harness.ClientAsync("HR1", "hr.admin");
        using var read = await hr.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(etag, ETagOf(read));
        var stored = await JsonAsync(read);
        Assert.Equal("submitted", stored.GetProperty("status").GetString());
        Assert.False(stored.GetProperty("editable").GetBoolean());
        Assert.Single(stored.GetProperty("content").GetProperty("initiatives").EnumerateArray());
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_in_the_callers_language_and_nothing_is_stored()
    {
        await _harness.CreateSeasonAsync("2032", DateTimeOffset.UtcNow.AddDays(10));
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        const string path = "/api/team-up/seasons/2032/entries/D1";
        var bad = new EntryBuilder().WithMission(new string('あ', 1001)).StopWork("電話当番", "", 800).StopWork("押印", "電子決裁", "12.25").Json();

        using (var refused = await PutAsync(h1, path, bad))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var errors = (await JsonAsync(refused)).GetProperty("errors").EnumerateArray()
                .ToDictionary(e => e.GetProperty("field").GetString()!, e => e.GetProperty("message").GetString()!);
            Assert.Equal(["mission", "stopWork[1].reason", "stopWork[1].hoursPerMonth", "stopWork[2].hoursPerMonth"], errors.Keys);
            Assert.Contains("1000文字以内", errors["mission"], StringComparison.Ordinal);
            Assert.Contains("小数第1位", errors["stopWork[2].hoursPerMonth"], StringComparison.Ordinal);
        }

        using (var english = new HttpRequestMessage(HttpMethod.Put, path + "?lang=en") { Content = System.Net.Http.Json.JsonContent.Create(bad) })
        using (var refused = await SendCreateAsync(h1, english))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("at most 1000 characters", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var notJson = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent("{ mission: ", System.Text.Encoding.UTF8, "application/json") })
        using (var refused = await SendCreateAsync(h1, notJson))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var read = await h1.GetAsync(path);
        Assert.Equal("not-started", (await JsonAsync(read)).GetProperty("status").GetString());
        Assert.Null(ETagOf(read));
    }

    [Fact]
    public async Task A_stale_if_match_gets_409_and_the_other_change_is_kept()
    {
        await _harness.CreateSeasonAsync("2033", DateTimeOffset.UtcNow.AddDays(10));
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        const string path = "/api/team-up/seasons/2033/entries/D1";
        using var first = await PutAsync(h1, path, new EntryBuilder().Json());
        var read = ETagOf(first)!;
        using var second = await PutAsync(h1, path, new EntryBuilder().WithMission("別の端末で更新").Json(), read);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        using var stale = await PutAsync(h1, path, new EntryBuilder().WithMission("古い画面から上書き").Json(), read);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("他の人により更新", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var staleSubmit = await SubmitAsync(h1, path, read);
        Assert.Equal(HttpStatusCode.Conflict, staleSubmit.StatusCode);

        using var now = await h1.GetAsync(path);
        var view = await JsonAsync(now);
        Assert.Equal("別の端末で更新", view.GetProperty("content").GetProperty("mission").GetString());
        Assert.Equal("draft", view.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_the_divisions_head_writes_and_before_the_deadline_only_insiders_read()
    {
        await _harness.CreateSeasonAsync("2034", DateTimeOffset.UtcNow.AddDays(10));
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        const string path = "/api/team-up/seasons/2034/entries/D1";
        using (var saved = await PutAsync(h1, path, new EntryBuilder().Json()))
        using (var submitted = await SubmitAsync(h1, path, ETagOf(saved)))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        using var h2 = await _harness.ClientAsync("H2", "division.head");
        using (var other = await PutAsync(h2, path, new EntryBuilder().WithMission("乗っ取り").Json()))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
            Assert.Contains("課室長だけ", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var otherSubmit = await SubmitAsync(h2, path))
        {
            Assert.Equal(HttpStatusCode.Forbidden, otherSubmit.StatusCode);
        }

        // Headship comes from the roster, not the token: a member of D1 whose token claims the head role cannot write.
        using var memberClaimingHead = await _harness.ClientAsync("E11", "division.head");
        using (var noRole = await PutAsync(memberClaimingHead, path, new EntryBuilder().Json()))
        {
            Assert.Equal(HttpStatusCode.Forbidden, noRole.StatusCode);
        }

        // Before the deadline: another head, a member of staff and another bureau's coordinator may not read; B1's coordinator may.
        foreach (var (staffId, role) in new[] { ("H2", "division.head"), ("E31", "employee"), ("C2", "bureau.coordinator") })
        {
            using var client = await _harness.ClientAsync(staffId, role);
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{staffId} read D1's entry before the deadline: {(int)response.StatusCode}");
        }

        using var c1 = await _harness.ClientAsync("C1", "bureau.coordinator");
        using (var coordinator = await c1.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
            Assert.False((await JsonAsync(coordinator)).GetProperty("editable").GetBoolean());
        }

        using (var unknownSeason = await PutAsync(h1, "/api/team-up/seasons/1999/entries/D1", new EntryBuilder().Json()))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknownSeason.StatusCode);
        }

        using (var unknownDivision = await h1.GetAsync("/api/team-up/seasons/2034/entries/D9"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknownDivision.StatusCode);
        }

        using (var anonymous = await _harness.Host.Http.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
    }

    [Fact]
    public async Task A_coordinator_sees_the_completion_of_their_own_bureau_and_hr_sees_every_bureau()
    {
        await _harness.CreateSeasonAsync("2035", DateTimeOffset.UtcNow.AddDays(10));
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        using var h3 = await _harness.ClientAsync("H3", "division.head");
        using (var d1 = await PutAsync(h1, "/api/team-up/seasons/2035/entries/D1", new EntryBuilder().Json()))
        using (var s1 = await SubmitAsync(h1, "/api/team-up/seasons/2035/entries/D1", ETagOf(d1)))
        using (var d3 = await PutAsync(h3, "/api/team-up/seasons/2035/entries/D3", new { mission = "下書き中" }))
        {
            Assert.Equal(HttpStatusCode.OK, s1.StatusCode);
            Assert.Equal(HttpStatusCode.OK, d3.StatusCode);
        }

        using var c1 = await _harness.ClientAsync("C1", "bureau.coordinator");
        using (var mine = await c1.GetAsync("/api/team-up/seasons/2035/completion"))
        {
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
            var view = await JsonAsync(mine);
            var bureau = Assert.Single(view.GetProperty("bureaus").EnumerateArray());
            Assert.Equal("B1", bureau.GetProperty("bureauCode").GetString());
            Assert.Equal(2, bureau.GetProperty("divisions").GetInt32());
            Assert.Equal(1, bureau.GetProperty("submitted").GetInt32());
            Assert.Equal(1, bureau.GetProperty("notStarted").GetInt32());
            Assert.Equal(0.5, bureau.GetProperty("rate").GetDouble(), 3);
            var statuses = view.GetProperty("divisions").EnumerateArray().ToDictionary(d => d.GetProperty("divisionCode").GetString()!, d => d.GetProperty("status").GetString());
            Assert.Equal(new Dictionary<string, string?> { ["D1"] = "submitted", ["D2"] = "not-started" }, statuses);
        }

        using var hr = await _harness.ClientAsync("HR1", "hr.admin");
        using (var all = await hr.GetAsync("/api/team-up/seasons/2035/completion"))
        {
            var view = await JsonAsync(all);
            Assert.Equal(["B0", "B1", "B2"], view.GetProperty("bureaus").EnumerateArray().Select(b => b.GetProperty("bureauCode").GetString()));
            var d3 = view.GetProperty("divisions").EnumerateArray().Single(d => d.GetProperty("divisionCode").GetString() == "D3");
            Assert.Equal("draft", d3.GetProperty("status").GetString());
            Assert.NotEqual(JsonValueKind.Null, d3.GetProperty("updatedAtUtc").ValueKind);
        }

        using var c2 = await _harness.ClientAsync("C2", "bureau.coordinator");
        using (var theirs = await c2.GetAsync("/api/team-up/seasons/2035/completion"))
        {
            var bureau = Assert.Single((await JsonAsync(theirs)).GetProperty("bureaus").EnumerateArray());
            Assert.Equal("B2", bureau.GetProperty("bureauCode").GetString());
            Assert.Equal(1, bureau.GetProperty("draft").GetInt32());
        }

        using (var page = await c1.GetAsync("/team-up/2035/completion"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("総務課", html, StringComparison.Ordinal);
            Assert.DoesNotContain("政策企画課", html, StringComparison.Ordinal);
            Assert.Contains("50%", html, StringComparison.Ordinal);
        }

        using var employee = await _harness.ClientAsync("E11", "employee");
        using (var refused = await employee.GetAsync("/api/team-up/seasons/2035/completion"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
    }

    [Fact]
    public async Task At_the_deadline_entries_become_read_only_and_submitted_ones_are_published_and_searchable()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(12);
        await _harness.CreateSeasonAsync("2036", deadline);
        using var h1 = await _harness.ClientAsync("H1", "division.head");
        using var h2 = await _harness.ClientAsync("H2", "division.head");
        using var h3 = await _harness.ClientAsync("H3", "division.head");
        var paperless = new EntryBuilder().WithoutStopWork().StopWork("紙の回覧による決裁", "ペーパーレス決裁で代替できるため", 20).StopWork("定例会議の議事録作成", "録画で足りるため", 4.5m);
        using (var saved = await PutAsync(h1, "/api/team-up/seasons/2036/entries/D1", paperless.Json()))
        using (var submitted = await SubmitAsync(h1, "/api/team-up/seasons/2036/entries/D1", ETagOf(saved)))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        using (var draft = await PutAsync(h2, "/api/team-up/seasons/2036/entries/D2", new EntryBuilder().WithMission("まだ下書きのペーパーレス計画").Json()))
        {
            Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        }

        using (var saved = await PutAsync(h3, "/api/team-up/seasons/2036/entries/D3", new EntryBuilder().Json()))
        using (var submitted = await SubmitAsync(h3, "/api/team-up/seasons/2036/entries/D3", ETagOf(saved)))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        using var e31 = await _harness.ClientAsync("E31", "employee");
        using (var early = await e31.GetAsync("/api/team-up/seasons/2036/entries"))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("応募締切", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await PassAsync(deadline);

        // Read-only: a change after the deadline is refused with a clear message and nothing is stored.
        using (var late = await PutAsync(h2, "/api/team-up/seasons/2036/entries/D2", new EntryBuilder().WithMission("締切後の変更").Json()))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Contains("締切を過ぎた", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var lateSubmit = await SubmitAsync(h2, "/api/team-up/seasons/2036/entries/D2", "*"))
        {
            Assert.Equal(HttpStatusCode.Conflict, lateSubmit.StatusCode);
        }

        using (var own = await h2.GetAsync("/api/team-up/seasons/2036/entries/D2"))
        {
            var view = await JsonAsync(own);
            Assert.Equal("draft", view.GetProperty("status").GetString());
            Assert.Equal("まだ下書きのペーパーレス計画", view.GetProperty("content").GetProperty("mission").GetString());
            Assert.False(view.GetProperty("editable").GetBoolean());
        }

        // Published: every member of staff reads submitted entries; drafts stay private.
        using (var entry = await e31.GetAsync("/api/team-up/seasons/2036/entries/D1"))
        {
            Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
            Assert.Equal(24.5m, (await JsonAsync(entry)).GetProperty("hoursPerMonthSaved").GetDecimal());
        }

        using (var draft = await e31.GetAsync("/api/team-up/seasons/2036/entries/D2"))
        {
            Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        }

        using (var list = await e31.GetAsync("/api/team-up/seasons/2036/entries"))
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            var view = await JsonAsync(list);
            Assert.Equal(2, view.GetProperty("submittedCount").GetInt32());
            Assert.Equal(37m, view.GetProperty("ministryHoursPerMonthSaved").GetDecimal());
            var bureaus = view.GetProperty("bureaus").EnumerateArray().ToDictionary(b => b.GetProperty("bureauCode").GetString()!, b => b);
            Assert.Equal(24.5m, bureaus["B1"].GetProperty("hoursPerMonthSaved").GetDecimal());
            Assert.Equal(["D1"], bureaus["B1"].GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("divisionCode").GetString()));
            Assert.Equal(12.5m, bureaus["B2"].GetProperty("hoursPerMonthSaved").GetDecimal());
        }

        // Search: katakana typed as hiragana, with a full-width space between two terms.
        using (var search = await e31.GetAsync("/api/team-up/seasons/2036/entries?q=" + Uri.EscapeDataString("ぺーぱーれす\u3000決裁")))
        {
            var view = await JsonAsync(search);
            Assert.Equal(1, view.GetProperty("matchCount").GetInt32());
            var hit = view.GetProperty("bureaus").EnumerateArray().SelectMany(b => b.GetProperty("entries").EnumerateArray()).Single();
            Assert.Equal("D1", hit.GetProperty("divisionCode").GetString());
            Assert.Contains("ペーパーレス決裁", hit.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
        }

        using (var none = await e31.GetAsync("/api/team-up/seasons/2036/entries?q=" + Uri.EscapeDataString("ペーパーレス テレワーク")))
        {
            Assert.Equal(0, (await JsonAsync(none)).GetProperty("matchCount").GetInt32());
        }

        using (var page = await e31.GetAsync("/team-up/2036/entries?q=" + Uri.EscapeDataString("ペーパーレス")))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("href=\"/team-up/2036/entries/D1\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/team-up/2036/entries/D2\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/team-up/2036/entries/D3\"", html, StringComparison.Ordinal);
        }
    }
}
