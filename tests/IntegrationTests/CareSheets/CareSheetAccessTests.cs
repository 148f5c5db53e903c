using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>
/// Who may read and decide a sheet (E12's sheet; E11 is the supervisor): the owner, the supervisor and HR
/// read; another employee, the head of another division and an anonymous caller do not. Only the
/// supervisor decides. Every read is in the audit trail, which only HR can read.
/// </summary>
public sealed class CareSheetAccessTests(WorkflowHostFixture fixture) : IClassFixture<WorkflowHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;

    public static TheoryData<string, string, HttpStatusCode> Readers => new()
    {
        { "E12", "employee", HttpStatusCode.OK },           // the owner
        { "E21", "employee", HttpStatusCode.Forbidden },    // another employee
        { "E11", "employee", HttpStatusCode.OK },           // the supervisor (on the route)
        { "H2", "division.head", HttpStatusCode.Forbidden }, // the head of another division
        { "HR1", "hr.admin", HttpStatusCode.OK },           // HR
        { "", "", HttpStatusCode.Unauthorized },            // anonymous
    };

    [Fact]
    public async Task Reading_and_deciding_follow_the_matrix_and_every_read_is_audited()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);

        foreach (var (staffId, role, expected) in Readers.Select(r => ((string)r[0], (string)r[1], (HttpStatusCode)r[2])))
        {
            using var client = staffId.Length == 0 ? new HttpClient { BaseAddress = _sheets.Host.BaseUrl } : await _sheets.ClientAsync(staffId, role);
            using var read = await client.GetAsync($"/api/care-sheets/{id}");
            Assert.True(expected == read.StatusCode, $"{(staffId.Length == 0 ? "anonymous" : staffId)} reading: expected {expected}, got {read.StatusCode}");
            if (expected == HttpStatusCode.OK)
            {
                var sheet = await read.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal("保育園の送迎のため、17時に退庁したいです。", sheet.GetProperty("content").GetProperty("note").GetString());
            }
        }

        foreach (var (staffId, role, expected) in new[]
        {
            ("E12", "employee", HttpStatusCode.Forbidden),
            ("E21", "employee", HttpStatusCode.Forbidden),
            ("H2", "division.head", HttpStatusCode.Forbidden),
            ("HR1", "hr.admin", HttpStatusCode.Forbidden),
            ("", "", HttpStatusCode.Unauthorized),
            ("E11", "employee", HttpStatusCode.OK),
        })
        {
            using var client = staffId.Length == 0 ? new HttpClient { BaseAddress = _sheets.Host.BaseUrl } : await _sheets.ClientAsync(staffId, role);
            using var decided = await client.PostAsJsonAsync($"/api/care-sheets/{id}/decision", new { decision = "approve", version = 1 });
            Assert.True(expected == decided.StatusCode, $"{(staffId.Length == 0 ? "anonymous" : staffId)} deciding: expected {expected}, got {decided.StatusCode}");
        }

        await _sheets.WaitForStateAsync(id, "approved");
        using var hr = await _sheets.ClientAsync("HR1", "hr.admin");
        var audit = await hr.GetFromJsonAsync<JsonElement>($"/api/care-sheets/{id}/audit");
        var entries = audit.EnumerateArray().Select(e => (Actor: e.GetProperty("actor").GetString(), Action: e.GetProperty("action").GetString())).ToList();
        Assert.Contains(("E12", "submit"), entries);
        Assert.Contains(("E12", "read"), entries);
        Assert.Contains(("E11", "read"), entries);
        Assert.Contains(("HR1", "read"), entries);
        Assert.Contains(("E11", "decide"), entries);
        Assert.Contains(("E21", "read-refused"), entries);
        Assert.Contains(("H2", "read-refused"), entries);
        Assert.DoesNotContain(entries, e => e.Actor is "E21" or "H2" && e.Action != "read-refused");

        using var owner = await _sheets.ClientAsync("E12");
        using var ownAudit = await owner.GetAsync($"/api/care-sheets/{id}/audit");
        Assert.Equal(HttpStatusCode.Forbidden, ownAudit.StatusCode);
    }

    [Fact]
    public async Task A_return_or_decline_through_the_api_needs_a_comment()
    {
        var id = await _sheets.SubmitAsync("E12");
        using var supervisor = await _sheets.ClientAsync("E11");

        using var bare = await supervisor.PostAsJsonAsync($"/api/care-sheets/{id}/decision", new { decision = "return", version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        using var unknown = await supervisor.PostAsJsonAsync($"/api/care-sheets/{id}/decision", new { decision = "maybe", version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("pending", (await _sheets.SheetAsync(id)).GetProperty("state").GetString());

        using var returned = await supervisor.PostAsJsonAsync(
            $"/api/care-sheets/{id}/decision", new { decision = "return", comment = "テレワーク日数を再検討してください。", version = 1 });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var sheet = await _sheets.WaitForStateAsync(id, "returned");
        Assert.Equal("テレワーク日数を再検討してください。", sheet.GetProperty("decisionComment").GetString());
    }

    [Fact]
    public async Task A_decision_without_the_version_read_is_refused_on_that_field_and_nothing_is_decided()
    {
        var id = await _sheets.SubmitAsync("E12");
        using var supervisor = await _sheets.ClientAsync("E11");

        using var bare = await supervisor.PostAsJsonAsync($"/api/care-sheets/{id}/decision", new { decision = "approve" });

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var problem = await bare.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["version"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal("pending", (await _sheets.SheetAsync(id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_decision_on_a_version_the_owner_has_since_revised_is_a_409()
    {
        var id = await _sheets.SubmitAsync("E12");
        using var supervisor = await _sheets.ClientAsync("E11");
        using (var returned = await supervisor.PostAsJsonAsync(
            $"/api/care-sheets/{id}/decision", new { decision = "return", comment = "期間を確認してください。", version = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        }

        await _sheets.WaitForStateAsync(id, "returned");
        using var owner = await _sheets.ClientAsync("E12");
        using (var revised = await owner.PutAsJsonAsync($"/api/care-sheets/{id}", CareSheetRequests.Childcare(CareSheetRequests.TodayInJapan())))
        {
            Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        }

        using var stale = await supervisor.PostAsJsonAsync($"/api/care-sheets/{id}/decision", new { decision = "approve", version = 1 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var sheet = await _sheets.SheetAsync(id);
        Assert.Equal(("pending", 2), (sheet.GetProperty("state").GetString(), sheet.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Opening_an_approval_link_is_not_the_approvers_read_but_acting_on_it_is()
    {
        var id = await _sheets.SubmitAsync("E12");
        var link = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);

        // A mail scanner's prefetch of the link is exactly this request.
        Assert.Equal(HttpStatusCode.OK, (await _sheets.OpenLinkAsync(link)).Status);
        var opened = await AuditAsync(id);
        Assert.Contains(("E11", "link-opened", "link"), opened);
        Assert.DoesNotContain(opened, e => e.Actor == "E11" && e.Action == "read");

        Assert.Equal(HttpStatusCode.OK, (await _sheets.DecideByLinkAsync(link, "approve")).Status);
        Assert.Contains(("E11", "read", "link"), await AuditAsync(id));
    }

    private async Task<List<(string? Actor, string? Action, string? Channel)>> AuditAsync(string id)
    {
        using var hr = await _sheets.ClientAsync("HR1", "hr.admin");
        var audit = await hr.GetFromJsonAsync<JsonElement>($"/api/care-sheets/{id}/audit");
        return [.. audit.EnumerateArray().Select(e =>
            (e.GetProperty("actor").GetString(), e.GetProperty("action").GetString(), e.GetProperty("channel").GetString()))];
    }
}
