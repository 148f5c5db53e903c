using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>The approval of a sheet end to end on the local host: links from the outbox, decisions, outcomes, revisions, withdrawals.</summary>
public sealed class CareSheetApprovalTests(WorkflowHostFixture fixture) : IClassFixture<WorkflowHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;

    [Fact]
    public async Task An_approved_sheet_is_active_and_the_employee_and_hr_are_told()
    {
        var id = await _sheets.SubmitAsync("E12");
        var link = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);

        var answer = await _sheets.DecideByLinkAsync(link, "approve");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("受け付けました", answer.Html, StringComparison.Ordinal);
        var sheet = await _sheets.WaitForStateAsync(id, "approved");
        Assert.Equal("E11", sheet.GetProperty("decidedBy").GetString());
        Assert.False(string.IsNullOrEmpty(sheet.GetProperty("snapshotId").GetString()));
        var toEmployee = await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"), m => m.BatchKey.Contains(id, StringComparison.Ordinal) && m.Subject.Contains("承認されました", StringComparison.Ordinal), "approval notice");
        Assert.Contains("田中 美穂", toEmployee.Text, StringComparison.Ordinal);
        var toHr = await _sheets.WaitForMailAsync(CareSheetHostFixture.HrEmail, m => m.BatchKey.Contains(id, StringComparison.Ordinal), "HR notice");
        Assert.Contains("承認済み", toHr.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("保育園", toHr.Text, StringComparison.Ordinal);

        // The active period's review request comes from the same orchestration's durable timer.
        var review = await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"), m => m.BatchKey.Contains($"{id}:v1:review", StringComparison.Ordinal), "review request");
        Assert.Contains("見直しのお願い", review.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_supervisor_is_written_to_and_shown_the_sheet_in_their_own_language()
    {
        var id = await _sheets.SubmitAsync("E13");
        var mail = await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("EN1"), m => m.BatchKey.Contains($"{id}:v1:request", StringComparison.Ordinal), "approval request");

        Assert.Equal("[Approval request] Childcare sheet from 佐藤 花", mail.Subject);
        var page = await _sheets.OpenLinkAsync(CareSheetHarness.PathOf(mail.Links.First(l => l.Contains("/links/", StringComparison.Ordinal))));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<html lang=\"en\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("Return for revision", page.Html, StringComparison.Ordinal);
        Assert.Contains("保育園の送迎のため、17時に退庁したいです。", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_sheet_goes_back_with_the_comment_and_its_revision_is_approved_as_version_2()
    {
        var id = await _sheets.SubmitAsync("E12");
        var first = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);

        var returned = await _sheets.DecideByLinkAsync(first, "return", "期間を年度末までにしてください。");

        Assert.Equal(HttpStatusCode.OK, returned.Status);
        await _sheets.WaitForStateAsync(id, "returned");
        var notice = await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"), m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal), "return notice");
        Assert.Contains("期間を年度末までにしてください。", notice.Text, StringComparison.Ordinal);

        using var employee = await _sheets.ClientAsync("E12");
        var revision = CareSheetRequests.Childcare(CareSheetRequests.TodayInJapan(), note: "期間を修正しました。");
        using var revised = await employee.PutAsJsonAsync($"/api/care-sheets/{id}", revision);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        var second = await _sheets.WaitForLinkAsync("E11", "承認依頼", id, version: 2);

        Assert.Equal(HttpStatusCode.OK, (await _sheets.DecideByLinkAsync(second, "approve")).Status);
        var sheet = await _sheets.WaitForStateAsync(id, "approved");
        Assert.Equal(2, sheet.GetProperty("version").GetInt32());
        Assert.Equal("期間を修正しました。", sheet.GetProperty("content").GetProperty("note").GetString());
        Assert.Equal(HttpStatusCode.Gone, (await _sheets.OpenLinkAsync(first)).Status);
    }

    [Fact]
    public async Task A_decline_needs_a_comment_and_then_ends_the_sheet()
    {
        var id = await _sheets.SubmitAsync("E12");
        var link = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);

        var withoutComment = await _sheets.DecideByLinkAsync(link, "decline");
        Assert.Equal(HttpStatusCode.BadRequest, withoutComment.Status);
        Assert.Contains("差戻し・却下にはコメントが必要です。", withoutComment.Html, StringComparison.Ordinal);

        // The refused form did not use the link up.
        var declined = await _sheets.DecideByLinkAsync(link, "decline", "業務体制上、今期は対応できません。");
        Assert.Equal(HttpStatusCode.OK, declined.Status);
        await _sheets.WaitForStateAsync(id, "declined");
        await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"), m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal) && m.Subject.Contains("却下", StringComparison.Ordinal), "decline notice");
        await _sheets.WaitForMailAsync(CareSheetHostFixture.HrEmail, m => m.BatchKey.Contains(id, StringComparison.Ordinal), "HR notice");
    }

    [Fact]
    public async Task Withdrawing_during_approval_ends_it_and_the_link_stops_working()
    {
        var id = await _sheets.SubmitAsync("E12");
        var link = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);

        using var employee = await _sheets.ClientAsync("E12");
        using var withdrawn = await employee.PostAsync($"/api/care-sheets/{id}/withdraw", null);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        await _sheets.WaitForStateAsync(id, "withdrawn");
        var page = await _sheets.OpenLinkAsync(link);
        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("取り消された", page.Html, StringComparison.Ordinal);
        await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E11"), m => m.BatchKey.Contains($"{id}:v1:withdrawn", StringComparison.Ordinal), "withdrawal notice");

        using var supervisor = await _sheets.ClientAsync("E11");
        using var late = await supervisor.PostAsJsonAsync($"/api/care-sheets/{id}/decision", new { decision = "approve", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        using var again = await employee.PostAsync($"/api/care-sheets/{id}/withdraw", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_sheet_withdrawn_right_after_its_approval_is_reported_to_hr_as_withdrawn()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        using var supervisor = await _sheets.ClientAsync("E11", "employee");
        using var employee = await _sheets.ClientAsync("E12", "employee");

        // The withdrawal follows the approval at once, whether or not the workflow has handled the approval yet.
        using (var approved = await supervisor.PostAsJsonAsync(
            $"/api/care-sheets/{id}/decision", new { decision = "approve", comment = "", version = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using (var withdrawn = await employee.PostAsync($"/api/care-sheets/{id}/withdraw", null))
        {
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        }

        var toHr = await _sheets.WaitForMailAsync(CareSheetHostFixture.HrEmail, m => m.BatchKey.Contains($"{id}:v1:withdrawn", StringComparison.Ordinal), "HR withdrawal notice");
        Assert.Contains("取下げ", toHr.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_link_and_an_unknown_link_are_refused()
    {
        var id = await _sheets.SubmitAsync("E12");
        var link = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        Assert.Equal(HttpStatusCode.OK, (await _sheets.DecideByLinkAsync(link, "approve")).Status);

        var reused = await _sheets.OpenLinkAsync(link);
        Assert.Equal(HttpStatusCode.Gone, reused.Status);
        Assert.Contains("既に使用されています", reused.Html, StringComparison.Ordinal);

        var unknown = await _sheets.OpenLinkAsync("/links/" + new string('A', 43));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("approved", (await _sheets.SheetAsync(id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_link_for_an_earlier_version_is_superseded_once_the_employee_revises()
    {
        var id = await _sheets.SubmitAsync("E12");
        var first = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);

        using var employee = await _sheets.ClientAsync("E12");
        using var revised = await employee.PutAsJsonAsync($"/api/care-sheets/{id}", CareSheetRequests.Childcare(CareSheetRequests.TodayInJapan(), note: "第2版です。"));
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);

        var old = await _sheets.DecideByLinkAsync(first, "approve");
        Assert.Equal(HttpStatusCode.Gone, old.Status);
        Assert.Contains("新しい版", old.Html, StringComparison.Ordinal);
        Assert.Equal("pending", (await _sheets.SheetAsync(id)).GetProperty("state").GetString());

        var second = await _sheets.WaitForLinkAsync("E11", "承認依頼", id, version: 2);
        Assert.Equal(HttpStatusCode.OK, (await _sheets.DecideByLinkAsync(second, "approve")).Status);
        Assert.Equal(2, (await _sheets.WaitForStateAsync(id, "approved")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Bad_input_is_answered_field_by_field_and_nothing_is_written()
    {
        var body = CareSheetRequests.Childcare(CareSheetRequests.TodayInJapan());
        body["teleworkDaysPerWeek"] = 9;
        body["periodTo"] = "2020-01-01";
        body["leavePeriods"] = "next week";
        using var employee = await _sheets.ClientAsync("E31");

        using var response = await employee.PostAsJsonAsync("/api/care-sheets", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fields = problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("leavePeriods", fields);

        body["leavePeriods"] = null;
        using var second = await employee.PostAsJsonAsync("/api/care-sheets", body);
        using var problem2 = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        var fields2 = problem2.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("teleworkDaysPerWeek", fields2);
        Assert.Contains("periodTo", fields2);

        var mine = await employee.GetFromJsonAsync<JsonElement>("/api/care-sheets/mine");
        Assert.Equal(0, mine.GetArrayLength());
    }

    [Fact]
    public async Task Lists_show_the_employee_their_sheets_the_approver_their_queue_and_hr_everything_by_state_and_bureau()
    {
        var id = await _sheets.SubmitAsync("E21");
        await _sheets.WaitForLinkAsync("H2", "承認依頼", id);

        using var employee = await _sheets.ClientAsync("E21");
        var mine = await employee.GetFromJsonAsync<JsonElement>("/api/care-sheets/mine");
        Assert.Contains(mine.EnumerateArray(), s => s.GetProperty("id").GetString() == id && s.GetProperty("state").GetString() == "pending");
        Assert.All(mine.EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("content").ValueKind));

        using var head = await _sheets.ClientAsync("H2", "division.head");
        var queue = await head.GetFromJsonAsync<JsonElement>("/api/care-sheets/to-approve");
        Assert.Contains(queue.EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        using var other = await _sheets.ClientAsync("E11");
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/care-sheets/to-approve")).EnumerateArray(), s => s.GetProperty("id").GetString() == id);

        using var hr = await _sheets.ClientAsync("HR1", "hr.admin");
        Assert.Contains((await hr.GetFromJsonAsync<JsonElement>("/api/care-sheets?state=pending&bureau=B1")).EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.DoesNotContain((await hr.GetFromJsonAsync<JsonElement>("/api/care-sheets?state=pending&bureau=B2")).EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.DoesNotContain((await hr.GetFromJsonAsync<JsonElement>("/api/care-sheets?state=approved")).EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        using var badState = await hr.GetAsync("/api/care-sheets?state=lost");
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        using var notHr = await employee.GetAsync("/api/care-sheets");
        Assert.Equal(HttpStatusCode.Forbidden, notHr.StatusCode);
    }
}
