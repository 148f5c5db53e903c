using System.Net;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>A crash of the host between submission and decision, and a link that outlives its validity.</summary>
public sealed class CareSheetRestartTests
{
    [Fact]
    public async Task A_sheet_submitted_before_a_crash_is_decided_after_the_restart_and_its_workflow_goes_on()
    {
        await using var host = await LocalHostProcess.StartAsync(new Dictionary<string, string> { ["CareSheets__HrEmail"] = CareSheetHostFixture.HrEmail });
        var sheets = new CareSheetHarness(host);
        await sheets.ImportRosterAsync();
        var id = await sheets.SubmitAsync("E12");
        var link = await sheets.WaitForLinkAsync("E11", "承認依頼", id);

        await host.KillAsync();
        await host.StartAgainAsync();

        Assert.Equal(HttpStatusCode.OK, (await sheets.DecideByLinkAsync(link, "approve")).Status);
        await sheets.WaitForStateAsync(id, "approved");
        // The outcome mail is sent by the orchestration: it woke up on the decision after the restart.
        await sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"), m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal), "approval notice after restart");
        await sheets.WaitForMailAsync(CareSheetHostFixture.HrEmail, m => m.BatchKey.Contains(id, StringComparison.Ordinal), "HR notice after restart");
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_the_approver_can_still_decide_signed_in()
    {
        await using var host = await LocalHostProcess.StartAsync(new Dictionary<string, string> { ["CareSheets__LinkValidFor"] = "00:00:03" });
        var sheets = new CareSheetHarness(host);
        await sheets.ImportRosterAsync();
        var id = await sheets.SubmitAsync("E12");
        var link = await sheets.WaitForLinkAsync("E11", "承認依頼", id);

        await Task.Delay(TimeSpan.FromSeconds(4));
        var expired = await sheets.OpenLinkAsync(link);

        Assert.Equal(HttpStatusCode.Gone, expired.Status);
        Assert.Contains("有効期限が切れています", expired.Html, StringComparison.Ordinal);
        Assert.Equal("pending", (await sheets.SheetAsync(id)).GetProperty("state").GetString());
        using var supervisor = await sheets.ClientAsync("E11");
        using var decided = await supervisor.PostAsync($"/api/care-sheets/{id}/decision",
            new StringContent("{\"decision\":\"approve\",\"version\":1}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        await sheets.WaitForStateAsync(id, "approved");
    }
}
