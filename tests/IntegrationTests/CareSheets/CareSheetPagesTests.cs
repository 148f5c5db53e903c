using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Transformation.Tests.Support.CareSheets;
using static Transformation.Tests.Support.CareSheets.CareSheetHarness;

namespace Transformation.Tests.CareSheets;

/// <summary>
/// The employee's edit page and the approver's pages on the local host (E12's sheets; E11 is the supervisor):
/// revising a returned sheet in the browser, the refusals (someone else's sheet, a sheet that can no longer be
/// revised, a post without the anti-forgery pair), and deciding as a signed-in approver.
/// </summary>
public sealed class CareSheetPagesTests(WorkflowHostFixture fixture) : IClassFixture<WorkflowHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;

    [Fact]
    public async Task The_owner_revises_a_returned_sheet_on_the_edit_page_and_the_new_version_goes_to_approval_while_the_old_link_is_refused()
    {
        var today = CareSheetRequests.TodayInJapan();
        var id = await _sheets.SubmitAsync("E12");
        var first = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        using (var supervisor = await _sheets.ClientAsync("E11"))
        using (var returned = await supervisor.PostAsJsonAsync(
            $"/api/care-sheets/{id}/decision", new { decision = "return", comment = "テレワークの日数を<週2日>にしてください。", version = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        }

        await _sheets.WaitForStateAsync(id, "returned");
        var notice = await _sheets.WaitForMailAsync(EmailOf("E12"), m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal), "return notice");
        var edit = notice.Links.Single(l => l.EndsWith($"/care-sheets/{id}/edit", StringComparison.Ordinal));

        using var owner = await _sheets.SignedInBrowserAsync("E12");
        var list = await PageAsync(owner, "/care-sheets");
        Assert.Contains($"href=\"/care-sheets/{id}/edit?lang=ja\"", list.Html, StringComparison.Ordinal);

        var page = await PageAsync(owner, PathOf(edit));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<html lang=\"ja\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("差し戻されました", page.Html, StringComparison.Ordinal);
        Assert.Contains("テレワークの日数を&lt;週2日&gt;にしてください。", page.Html, StringComparison.Ordinal);
        Assert.Contains("保育園の送迎のため、17時に退庁したいです。</textarea>", page.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"teleworkDaysPerWeek\" value=\"3\"", page.Html, StringComparison.Ordinal);
        Assert.Contains($"name=\"leavePeriods[0].from\" value=\"{CareSheetInputs.Iso(today.AddDays(30))}\"", page.Html, StringComparison.Ordinal);
        var csrf = CsrfOf(page.Html);

        // A mistake: the page comes back with the message at the field, and nothing is written.
        var wrong = CareSheetForms.Childcare(today, "テレワークを週2日にしました。");
        wrong["__csrf"] = csrf;
        wrong["periodTo"] = CareSheetInputs.Iso(today.AddDays(-1));
        var (invalid, _) = await PostFormAsync(owner, $"/care-sheets/{id}/edit", wrong);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Contains("id=\"f-periodTo-error\"", invalid.Html, StringComparison.Ordinal);
        Assert.Contains("期間の終了日は開始日以降にしてください。", invalid.Html, StringComparison.Ordinal);
        Assert.Contains("テレワークを週2日にしました。</textarea>", invalid.Html, StringComparison.Ordinal);

        // Without the anti-forgery field the post is refused, and nothing is written either.
        var (forged, _) = await PostFormAsync(owner, $"/care-sheets/{id}/edit", CareSheetForms.Childcare(today, "偽の送信"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Contains("フォームの有効期限が切れました", forged.Html, StringComparison.Ordinal);
        var unchanged = await _sheets.SheetAsync(id);
        Assert.Equal(1, unchanged.GetProperty("version").GetInt32());
        Assert.Equal("returned", unchanged.GetProperty("state").GetString());

        var revision = CareSheetForms.Childcare(today, "テレワークを週2日にしました。");
        revision["__csrf"] = csrf;
        var (saved, location) = await PostFormAsync(owner, $"/care-sheets/{id}/edit", revision);
        Assert.Equal(HttpStatusCode.SeeOther, saved.Status);
        Assert.Equal($"/care-sheets?revised={id}&lang=ja", location);

        var sheet = await _sheets.SheetAsync(id);
        Assert.Equal(2, sheet.GetProperty("version").GetInt32());
        Assert.Equal("pending", sheet.GetProperty("state").GetString());
        Assert.Equal("テレワークを週2日にしました。", sheet.GetProperty("content").GetProperty("note").GetString());
        Assert.Equal(2, sheet.GetProperty("content").GetProperty("teleworkDaysPerWeek").GetInt32());
        var second = await _sheets.WaitForLinkAsync("E11", "承認依頼", id, version: 2);
        Assert.Equal(HttpStatusCode.Gone, (await _sheets.OpenLinkAsync(first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _sheets.OpenLinkAsync(second)).Status);

        var confirmed = await PageAsync(owner, location!);
        Assert.Contains("シートを修正して再提出しました。", confirmed.Html, StringComparison.Ordinal);
        var audit = await AuditAsync(id);
        Assert.Contains(audit, e => e.Actor == "E12" && e.Action == "revise" && e.Channel == "page" && e.Version == 2);
        Assert.Contains(audit, e => e.Actor == "E12" && e.Action == "read" && e.Channel == "page" && e.Version == 1);
    }

    [Fact]
    public async Task Nobody_but_the_owner_gets_the_edit_page_or_may_post_it()
    {
        var today = CareSheetRequests.TodayInJapan();
        var id = await _sheets.SubmitAsync("E12");

        foreach (var (staffId, role) in new[] { ("E11", "employee"), ("E21", "employee"), ("HR1", "hr.admin") })
        {
            using var browser = await _sheets.SignedInBrowserAsync(staffId, role);
            var page = await PageAsync(browser, $"/care-sheets/{id}/edit");
            Assert.True(page.Status == HttpStatusCode.Forbidden, $"{staffId} opening the edit page: {page.Status}");
            Assert.Contains(staffId == "E21" ? "Only the employee who submitted a sheet can revise it." : "シートを修正できるのは、提出した本人だけです。", page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("保育園の送迎", page.Html, StringComparison.Ordinal);

            var form = CareSheetForms.Childcare(today, $"{staffId}による書換え");
            form["__csrf"] = CsrfOf((await PageAsync(browser, "/care-sheets/new")).Html);
            var (posted, _) = await PostFormAsync(browser, $"/care-sheets/{id}/edit", form);
            Assert.True(posted.Status == HttpStatusCode.Forbidden, $"{staffId} posting the edit page: {posted.Status}");
        }

        var sheet = await _sheets.SheetAsync(id);
        Assert.Equal(1, sheet.GetProperty("version").GetInt32());
        Assert.Equal("保育園の送迎のため、17時に退庁したいです。", sheet.GetProperty("content").GetProperty("note").GetString());
    }

    [Fact]
    public async Task The_edit_page_of_an_approved_sheet_says_why_it_cannot_be_revised()
    {
        var id = await _sheets.SubmitAsync("E12");
        using var owner = await _sheets.SignedInBrowserAsync("E12");
        Assert.Contains($"href=\"/care-sheets/{id}/edit?lang=ja\"", (await PageAsync(owner, "/care-sheets")).Html, StringComparison.Ordinal);
        using (var supervisor = await _sheets.ClientAsync("E11"))
        using (var approved = await supervisor.PostAsJsonAsync($"/api/care-sheets/{id}/decision", new { decision = "approve", version = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        var page = await PageAsync(owner, $"/care-sheets/{id}/edit");

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("このシートは修正できません", page.Html, StringComparison.Ordinal);
        Assert.Contains("承認済みのため、修正できません。", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"periodFrom\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/care-sheets/{id}/edit", (await PageAsync(owner, "/care-sheets")).Html, StringComparison.Ordinal);

        var form = CareSheetForms.Childcare(CareSheetRequests.TodayInJapan(), "承認後の書換え");
        form["__csrf"] = CsrfOf((await PageAsync(owner, "/care-sheets/new")).Html);
        var (posted, _) = await PostFormAsync(owner, $"/care-sheets/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, posted.Status);
        Assert.Contains("承認済みのため、修正できません。", posted.Html, StringComparison.Ordinal);
        Assert.Equal(1, (await _sheets.SheetAsync(id)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_supervisor_decides_from_the_page_after_a_comment_is_asked_for_and_a_forged_post_is_refused()
    {
        var id = await _sheets.SubmitAsync("E12");
        // The request mail offers the signed-in page beside the one-time link.
        var request = await _sheets.WaitForMailAsync(EmailOf("E11"), m => m.BatchKey.Contains($"{id}:v1:", StringComparison.Ordinal) && m.Links.Any(l => l.Contains("/links/", StringComparison.Ordinal)), "approval request");
        Assert.Contains(request.Links, l => l.EndsWith($"/care-sheets/{id}", StringComparison.Ordinal));
        using var supervisor = await _sheets.SignedInBrowserAsync("E11");

        var queue = await PageAsync(supervisor, "/care-sheets/to-approve");
        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.Contains("<html lang=\"ja\">", queue.Html, StringComparison.Ordinal);
        Assert.Contains($"<tr data-sheet=\"{id}\">", queue.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/care-sheets/{id}?lang=ja\"", queue.Html, StringComparison.Ordinal);
        using (var other = await _sheets.SignedInBrowserAsync("E21"))
        {
            Assert.DoesNotContain(id, (await PageAsync(other, "/care-sheets/to-approve")).Html, StringComparison.Ordinal);
        }

        var page = await PageAsync(supervisor, $"/care-sheets/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("保育園の送迎のため、17時に退庁したいです。", page.Html, StringComparison.Ordinal);
        Assert.Contains("経過", page.Html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/care-sheets/{id}/decision?lang=ja\"", page.Html, StringComparison.Ordinal);
        var csrf = CsrfOf(page.Html);

        var (bare, _) = await PostFormAsync(supervisor, $"/care-sheets/{id}/decision", new Dictionary<string, string> { ["__csrf"] = csrf, ["version"] = "1", ["decision"] = "return", ["comment"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bare.Status);
        Assert.Contains("差戻し・却下にはコメントが必要です。", bare.Html, StringComparison.Ordinal);
        var (forged, _) = await PostFormAsync(supervisor, $"/care-sheets/{id}/decision", new Dictionary<string, string> { ["version"] = "1", ["decision"] = "approve" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Contains("フォームの有効期限が切れました", forged.Html, StringComparison.Ordinal);
        Assert.Equal("pending", (await _sheets.SheetAsync(id)).GetProperty("state").GetString());

        var (decided, location) = await PostFormAsync(supervisor, $"/care-sheets/{id}/decision",
            new Dictionary<string, string> { ["__csrf"] = csrf, ["version"] = "1", ["decision"] = "return", ["comment"] = "期間を年度末までにしてください。" });
        Assert.Equal(HttpStatusCode.SeeOther, decided.Status);
        Assert.Equal("/care-sheets/to-approve?decided=return&lang=ja", location);
        var sheet = await _sheets.WaitForStateAsync(id, "returned");
        Assert.Equal("E11", sheet.GetProperty("decidedBy").GetString());
        Assert.Equal("期間を年度末までにしてください。", sheet.GetProperty("decisionComment").GetString());
        var after = await PageAsync(supervisor, location!);
        Assert.Contains("判断（差戻し）を記録しました。", after.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<tr data-sheet=\"{id}\">", after.Html, StringComparison.Ordinal);
        await _sheets.WaitForMailAsync(EmailOf("E12"), m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal), "return notice");

        // Reading: the owner (no decision form), HR, and not another employee; every read audited.
        using var owner = await _sheets.SignedInBrowserAsync("E12");
        var own = await PageAsync(owner, $"/care-sheets/{id}");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("期間を年度末までにしてください。", own.Html, StringComparison.Ordinal);
        Assert.Contains("判断：差戻し", own.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/decision", own.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/care-sheets/{id}/edit?lang=ja\"", own.Html, StringComparison.Ordinal);
        using (var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin"))
        {
            Assert.Equal(HttpStatusCode.OK, (await PageAsync(hr, $"/care-sheets/{id}")).Status);
        }

        using (var other = await _sheets.SignedInBrowserAsync("E21"))
        {
            var refused = await PageAsync(other, $"/care-sheets/{id}");
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.Contains("<html lang=\"en\">", refused.Html, StringComparison.Ordinal); // E21 reads English
            Assert.DoesNotContain("保育園", refused.Html, StringComparison.Ordinal);
        }

        var audit = await AuditAsync(id);
        Assert.Contains(audit, e => e.Actor == "E11" && e.Action == "decide" && e.Channel == "page" && e.Detail == "return");
        Assert.Contains(audit, e => e.Actor == "E11" && e.Action == "read" && e.Channel == "page");
        Assert.Contains(audit, e => e.Actor == "E12" && e.Action == "read" && e.Channel == "page");
        Assert.Contains(audit, e => e.Actor == "HR1" && e.Action == "read" && e.Channel == "page");
        Assert.Contains(audit, e => e.Actor == "E21" && e.Action == "read-refused" && e.Channel == "page");
        Assert.DoesNotContain(audit, e => e.Actor == "E21" && e.Action != "read-refused");
    }

    [Fact]
    public async Task An_english_reading_supervisor_gets_the_pages_in_english()
    {
        var id = await _sheets.SubmitAsync("E13");
        using var supervisor = await _sheets.SignedInBrowserAsync("EN1");

        var queue = await PageAsync(supervisor, "/care-sheets/to-approve");
        var page = await PageAsync(supervisor, $"/care-sheets/{id}");

        Assert.Contains("<html lang=\"en\">", queue.Html, StringComparison.Ordinal);
        Assert.Contains("Sheets awaiting your decision", queue.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("Return for revision", page.Html, StringComparison.Ordinal);
        Assert.Contains("History", page.Html, StringComparison.Ordinal);
    }

    private async Task<List<(string Actor, string Action, string Channel, int Version, string? Detail)>> AuditAsync(string id)
    {
        using var hr = await _sheets.ClientAsync("HR1", "hr.admin");
        var audit = await hr.GetFromJsonAsync<JsonElement>($"/api/care-sheets/{id}/audit");
        return [.. audit.EnumerateArray().Select(e => (
            e.GetProperty("actor").GetString()!, e.GetProperty("action").GetString()!, e.GetProperty("channel").GetString()!,
            e.GetProperty("version").GetInt32(), e.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null))];
    }
}
