using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>A sheet nobody decides on never waits in silence: the approvers are reminded again and HR is told.</summary>
public sealed class CareSheetStalledTests(StalledSheetHostFixture fixture) : IClassFixture<StalledSheetHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;

    [Fact]
    public async Task After_escalation_the_approvers_are_reminded_again_with_a_working_link()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("H1", "上位者", id);

        var again = await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("H1"),
            m => m.BatchKey.Contains($"{id}:v1:escalated-reminder-1:", StringComparison.Ordinal), "reminder after escalation");

        var link = CareSheetHarness.PathOf(again.Links.First(l => l.Contains("/links/", StringComparison.Ordinal)));
        var answer = await _sheets.DecideByLinkAsync(link, "approve");
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.Status);
        await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"),
            m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal), "approval notice");
    }

    [Fact]
    public async Task A_reminder_replaces_the_link_of_the_request_mail()
    {
        var id = await _sheets.SubmitAsync("E12");
        var request = await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E11"),
            m => m.BatchKey.Contains($"{id}:v1:request:", StringComparison.Ordinal), "approval request");
        await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E11"),
            m => m.BatchKey.Contains($"{id}:v1:reminder:", StringComparison.Ordinal), "reminder");

        var first = CareSheetHarness.PathOf(request.Links.First(l => l.Contains("/links/", StringComparison.Ordinal)));
        var answer = await _sheets.DecideByLinkAsync(first, "approve");

        Assert.Equal(System.Net.HttpStatusCode.Gone, answer.Status);
    }

    [Fact]
    public async Task When_the_escalated_approvers_do_not_act_HR_is_told()
    {
        var id = await _sheets.SubmitAsync("E12");

        var told = await _sheets.WaitForMailAsync(CareSheetHostFixture.HrEmail,
            m => m.BatchKey.Contains($"{id}:v1:stalled-escalated:hr", StringComparison.Ordinal), "HR told of the stalled sheet");

        Assert.Contains("要対応", told.Subject, StringComparison.Ordinal);
        Assert.Contains($"/care-sheets/{id}", told.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_nobody_is_above_the_approver_HR_is_told_at_the_escalation_deadline()
    {
        var id = await _sheets.SubmitAsync("H1"); // H1's supervisor T1 has nobody above

        var told = await _sheets.WaitForMailAsync(CareSheetHostFixture.HrEmail,
            m => m.BatchKey.Contains($"{id}:v1:stalled-nobody-above:hr", StringComparison.Ordinal), "HR told nobody can escalate");

        Assert.Contains("上位者が名簿にいない", told.Text, StringComparison.Ordinal);
        await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("T1"),
            m => m.BatchKey.Contains($"{id}:v1:escalated-reminder-1:", StringComparison.Ordinal), "T1 reminded again");
    }
}

/// <summary>A decision on the sheet whose event never reached the workflow (raising it failed) is found on the stored sheet.</summary>
public sealed class CareSheetLostEventTests(RecheckHostFixture fixture) : IClassFixture<RecheckHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;

    [Fact]
    public async Task A_decision_whose_event_was_lost_is_acted_on_at_the_next_recheck()
    {
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);

        // What DecideAsync writes, without the event it raises afterwards: as if raising it had failed.
        var store = new Transformation.CareSheets.Sheets.CareSheetStore(new Transformation.Platform.Storage.Tables(
            Microsoft.Extensions.Options.Options.Create(new Transformation.Platform.Storage.StorageOptions
            {
                ConnectionString = Transformation.Tests.Support.Azurite.ConnectionString,
                TablePrefix = _sheets.Host.TablePrefix,
            })));
        var claim = await store.TryDecideAsync(id, 1, "E11", "田中 美穂", Transformation.CareSheets.Sheets.CareDecision.Approve, null,
            DateTimeOffset.UtcNow);
        Assert.True(claim.Won);

        await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"),
            m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal), "approval notice");
    }
}
