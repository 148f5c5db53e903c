using System.Net;
using Transformation.Tests.CareSheets;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.Attention;

/// <summary>
/// A reassigned sheet that still nobody decides escalates above the approver HR chose, not above the one HR replaced:
/// escalation 40 s after submission, time enough for HR's reassign to come first.
/// </summary>
public sealed class ReassignEscalationHostFixture : CareSheetHostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["CareSheets__ReminderAfter"] = "00:00:30",
        ["CareSheets__EscalateAfter"] = "00:00:40",
        ["Attention__WaitingLongerThan"] = "00:00:01",
    };
}

public sealed class ReassignEscalationTests(ReassignEscalationHostFixture fixture) : IClassFixture<ReassignEscalationHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;
    private readonly AttentionHttp _attention = new(fixture.Sheets);

    [Fact]
    public async Task After_a_reassign_the_escalation_goes_to_the_new_approvers_supervisor_and_not_the_replaced_ones()
    {
        // E12's route is E11, then H1. HR gives the decision to H2, whose supervisor is T1.
        var id = await _sheets.SubmitAsync("E12");
        await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var instance = AttentionHttp.InstanceOf(id);
        await _attention.WaitForItemAsync(instance, "approval-waiting");
        Assert.Equal(HttpStatusCode.OK, (await _attention.ActAsync("reassign", instance, "reassign-escalation-" + id, to: "H2")).Status);

        var escalated = await _sheets.WaitForLinkAsync("T1", "上位者", id);

        var mailsToH1 = (await _sheets.OutboxAsync(CareSheetHarness.EmailOf("H1")))
            .Where(m => m.BatchKey.Contains($"{id}:v1:", StringComparison.Ordinal));
        Assert.Empty(mailsToH1);
        Assert.Equal(HttpStatusCode.OK, (await _sheets.DecideByLinkAsync(escalated, "approve")).Status);
        var sheet = await _sheets.WaitForStateAsync(id, "approved");
        Assert.Equal("T1", sheet.GetProperty("decidedBy").GetString());
    }
}
