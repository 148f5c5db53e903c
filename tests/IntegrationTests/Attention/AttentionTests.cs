using System.Net;
using Microsoft.DurableTask.Client;
using Transformation.Attention;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.Attention;

/// <summary>HR's attention list and its actions on a real local host: listed when it should be, each action idempotent and safe.</summary>
public sealed class AttentionTests(AttentionHostFixture fixture) : IClassFixture<AttentionHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;
    private readonly AttentionHttp _attention = new(fixture.Sheets);

    [Fact]
    public async Task A_sheet_waiting_longer_than_the_setting_is_listed_with_remind_and_reassign()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);

        var item = await _attention.WaitForItemAsync(AttentionHttp.InstanceOf(id), "approval-waiting");

        Assert.Equal("care-sheet", item.GetProperty("process").GetString());
        Assert.Equal(id, item.GetProperty("sheetId").GetString());
        Assert.Equal(["remind", "reassign"], item.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Contains(item.GetProperty("why").EnumerateArray(), w => w.GetString()!.Contains("still not decided", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Callers_without_hr_admin_are_forbidden_the_list_and_the_actions()
    {
        using var employee = await _sheets.ClientAsync("E11", "employee", "division.head");
        using var list = await employee.GetAsync("/api/attention");
        var (status, _) = await _attention.ActAsync("remind", AttentionHttp.InstanceOf("0123456789abcdef0123456789abcdef"), "forbidden-1",
            staffId: "E11", role: "employee");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Reassign_gives_the_decision_to_the_new_approver_mailed_once_and_the_old_link_is_refused()
    {
        var id = await _sheets.SubmitAsync("E12");
        var oldLink = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);
        await _attention.WaitForItemAsync(instance, "approval-waiting");

        var first = await _attention.ActAsync("reassign", instance, "reassign-" + id, to: "H2");
        var repeat = await _attention.ActAsync("reassign", instance, "reassign-" + id, to: "H2");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, repeat.Status);
        Assert.True(repeat.Body.GetProperty("repeated").GetBoolean());
        Assert.Equal(HttpStatusCode.Gone, (await _sheets.OpenLinkAsync(oldLink)).Status);
        var newLink = await _sheets.WaitForLinkAsync("H2", "承認依頼", id);
        var mails = (await _sheets.OutboxAsync(CareSheetHarness.EmailOf("H2"))).Where(m => m.BatchKey.Contains($"{id}:v1:", StringComparison.Ordinal)).ToList();
        Assert.Single(mails);
        Assert.Equal(HttpStatusCode.OK, (await _sheets.DecideByLinkAsync(newLink, "approve")).Status);
        await _sheets.WaitForStateAsync(id, "approved");
    }

    [Fact]
    public async Task Reassign_to_someone_not_in_the_roster_or_to_the_employee_is_refused_and_changes_nothing()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);
        await _attention.WaitForItemAsync(instance, "approval-waiting");

        var nobody = await _attention.ActAsync("reassign", instance, "reassign-nobody-" + id, to: "X999");
        var self = await _attention.ActAsync("reassign", instance, "reassign-self-" + id, to: "E12");

        Assert.Equal(HttpStatusCode.BadRequest, nobody.Status);
        Assert.Equal("to", nobody.Body.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, self.Status);
        var sheet = await _sheets.SheetAsync(id);
        Assert.Equal(["E11"], sheet.GetProperty("approvers").EnumerateArray().Select(a => a.GetString()!).ToArray());
    }

    [Fact]
    public async Task Remind_twice_sends_one_reminder_per_action_and_only_the_newest_link_works()
    {
        var id = await _sheets.SubmitAsync("E12");
        var requestLink = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);
        await _attention.WaitForItemAsync(instance, "approval-waiting");

        Assert.Equal(HttpStatusCode.OK, (await _attention.ActAsync("remind", instance, "remind-a-" + id)).Status);
        var firstReminder = await ReminderLinkAsync(id, "remind-a-" + id);
        Assert.Equal(HttpStatusCode.OK, (await _attention.ActAsync("remind", instance, "remind-b-" + id)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _attention.ActAsync("remind", instance, "remind-b-" + id)).Status);
        var secondReminder = await ReminderLinkAsync(id, "remind-b-" + id);

        var reminders = (await _sheets.OutboxAsync(CareSheetHarness.EmailOf("E11")))
            .Where(m => m.BatchKey.Contains($"{id}:v1:hr-remind-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Equal(HttpStatusCode.Gone, (await _sheets.OpenLinkAsync(requestLink)).Status);
        Assert.Equal(HttpStatusCode.Gone, (await _sheets.OpenLinkAsync(firstReminder)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _sheets.DecideByLinkAsync(secondReminder, "approve")).Status);
    }

    [Fact]
    public async Task An_action_on_an_item_that_no_longer_needs_it_is_refused_with_409()
    {
        var id = await _sheets.SubmitAsync("E12");
        var link = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);
        await _attention.WaitForItemAsync(instance, "approval-waiting");
        Assert.Equal(HttpStatusCode.OK, (await _sheets.DecideByLinkAsync(link, "approve")).Status);

        var (status, body) = await _attention.ActAsync("remind", instance, "remind-late-" + id);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("no longer needs", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_whose_event_was_lost_is_listed_and_resignal_completes_the_workflow()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);

        // What a decision writes, without the event it raises afterwards: as if raising it had failed.
        var store = new Transformation.CareSheets.Sheets.CareSheetStore(new Transformation.Platform.Storage.Tables(
            Microsoft.Extensions.Options.Options.Create(new Transformation.Platform.Storage.StorageOptions
            {
                ConnectionString = Transformation.Tests.Support.Azurite.ConnectionString,
                TablePrefix = _sheets.Host.TablePrefix,
            })));
        Assert.True((await store.TryDecideAsync(id, 1, "E11", "田中 美穂", Transformation.CareSheets.Sheets.CareDecision.Approve, null, DateTimeOffset.UtcNow)).Won);
        var item = await _attention.WaitForItemAsync(instance, "event-lost");
        Assert.Equal(["resignal"], item.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToArray());

        Assert.Equal(HttpStatusCode.OK, (await _attention.ActAsync("resignal", instance, "resignal-" + id)).Status);

        await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"), m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal), "approval notice");
    }

    [Fact]
    public async Task A_failed_approval_workflow_is_listed_and_resume_starts_it_again_so_the_approver_can_decide()
    {
        var id = await _sheets.SubmitAsync("E12");
        var link = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);
        var engine = AttentionHttp.Engine(_sheets.Host);

        // A workflow that fails: the version's instance stopped and started again without its input (the orchestrator refuses that).
        await engine.TerminateInstanceAsync(instance, "test");
        await engine.WaitForInstanceCompletionAsync(instance);
        await engine.ScheduleNewOrchestrationInstanceAsync("CareSheetApproval", input: null, new Microsoft.DurableTask.StartOrchestrationOptions(instance));
        var failed = await engine.WaitForInstanceCompletionAsync(instance);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);
        var item = await _attention.WaitForItemAsync(instance, "workflow-failed");
        Assert.Equal(["resume"], item.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToArray());

        Assert.Equal(HttpStatusCode.OK, (await _attention.ActAsync("resume", instance, "resume-" + id)).Status);

        Assert.Equal(OrchestrationRuntimeStatus.Running, (await engine.WaitForInstanceStartAsync(instance)).RuntimeStatus);
        Assert.Equal(HttpStatusCode.OK, (await _sheets.DecideByLinkAsync(link, "approve")).Status);
        await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"), m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal), "approval notice");
    }

    [Fact]
    public async Task The_page_names_a_waiting_sheet_by_its_employee_and_kind_and_links_to_the_sheet_and_its_audit_trail()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);
        await _attention.WaitForItemAsync(instance, "approval-waiting");
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        var page = await CareSheetHarness.PageAsync(hr, "/attention");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = RowOf(page.Html, instance);
        Assert.Contains($"href=\"/care-sheets/{id}?lang=ja\">渡辺 翔太さんの育児シート（第1版）</a>", row, StringComparison.Ordinal);
        Assert.Contains($"href=\"/care-sheets/{id}/audit?lang=ja\"", row, StringComparison.Ordinal);
        Assert.DoesNotContain($">{instance}<", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_from_the_page_without_the_anti_forgery_field_is_refused_and_reminds_nobody()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);
        await _attention.WaitForItemAsync(instance, "approval-waiting");
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        var (posted, _) = await CareSheetHarness.PostFormAsync(hr, "/attention",
            new Dictionary<string, string> { ["action"] = "remind", ["instanceId"] = instance, ["actionId"] = "forged-" + id });

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Contains("フォームの有効期限が切れました", posted.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(await _sheets.OutboxAsync(CareSheetHarness.EmailOf("E11")),
            m => m.BatchKey.Contains($"{id}:v1:hr-remind-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reassigning_from_the_page_to_someone_outside_the_roster_shows_why_on_a_400_page()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);
        await _attention.WaitForItemAsync(instance, "approval-waiting");
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");
        var csrf = CareSheetHarness.CsrfOf((await CareSheetHarness.PageAsync(hr, "/attention")).Html);

        var (posted, _) = await CareSheetHarness.PostFormAsync(hr, "/attention", new Dictionary<string, string>
        {
            ["__csrf"] = csrf, ["action"] = "reassign", ["instanceId"] = instance, ["actionId"] = "page-nobody-" + id, ["to"] = "X999",
        });

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Contains("この職員番号の人は現在の名簿にいません。", posted.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/attention?lang=ja\"", posted.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_from_the_page_redirects_to_the_list_which_shows_what_it_did()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);
        await _attention.WaitForItemAsync(instance, "approval-waiting");
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");
        var csrf = CareSheetHarness.CsrfOf((await CareSheetHarness.PageAsync(hr, "/attention")).Html);

        var (posted, location) = await CareSheetHarness.PostFormAsync(hr, "/attention", new Dictionary<string, string>
        {
            ["__csrf"] = csrf, ["action"] = "remind", ["instanceId"] = instance, ["actionId"] = "page-remind-" + id,
        });

        Assert.Equal(HttpStatusCode.SeeOther, posted.Status);
        Assert.Equal($"/attention?done=page-remind-{id}&lang=ja", location);
        var shown = await CareSheetHarness.PageAsync(hr, location!);
        Assert.True(shown.Html.Contains("1人の承認者に新しいリンクで督促しました", StringComparison.Ordinal), shown.Html);
    }

    private static string RowOf(string html, string instance)
    {
        var from = html.IndexOf($"<tr data-instance=\"{instance}\"", StringComparison.Ordinal);
        Assert.True(from >= 0, $"{instance} is not on the page: {html}");
        return html[from..html.IndexOf("</tr>", from, StringComparison.Ordinal)];
    }

    private async Task<string> ReminderLinkAsync(string sheetId, string actionId)
    {
        var mail = await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E11"),
            m => m.BatchKey.Contains($"{sheetId}:v1:{AttentionActions.MessageOf("remind", actionId)}:", StringComparison.Ordinal), "HR's reminder " + actionId);
        return CareSheetHarness.PathOf(mail.Links.First(l => l.Contains("/links/", StringComparison.Ordinal)));
    }
}
