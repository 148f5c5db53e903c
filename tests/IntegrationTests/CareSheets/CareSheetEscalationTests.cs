using System.Net;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>Reminder and escalation on short deadlines (time spans in the settings, real engine clock).</summary>
public sealed class CareSheetEscalationTests(ShortDeadlineHostFixture fixture) : IClassFixture<ShortDeadlineHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;

    [Fact]
    public async Task The_supervisor_is_reminded_then_their_supervisor_decides_and_the_first_link_shows_who_decided()
    {
        var id = await _sheets.SubmitAsync("E12");
        var original = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        await _sheets.WaitForLinkAsync("E11", "リマインド", id);
        var escalated = await _sheets.WaitForLinkAsync("H1", "上位者", id);

        var answer = await _sheets.DecideByLinkAsync(escalated, "approve");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var sheet = await _sheets.WaitForStateAsync(id, "approved");
        Assert.Equal("H1", sheet.GetProperty("decidedBy").GetString());
        var late = await _sheets.OpenLinkAsync(original);
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("高橋 直樹さんが判断済みです（承認）", late.Html, StringComparison.Ordinal);
        await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"), m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal), "approval notice");
    }

    [Fact]
    public async Task When_both_approvers_decide_at_once_exactly_one_decision_counts()
    {
        var id = await _sheets.SubmitAsync("E12");
        var supervisor = await _sheets.WaitForLinkAsync("E11", "承認依頼", id);
        var escalated = await _sheets.WaitForLinkAsync("H1", "上位者", id);

        var answers = await Task.WhenAll(
            _sheets.DecideByLinkAsync(supervisor, "approve"),
            _sheets.DecideByLinkAsync(escalated, "decline", "今期は難しいです。"));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        var loser = Assert.Single(answers, a => a.Status != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, loser.Status);
        var winnerIsSupervisor = answers[0].Status == HttpStatusCode.OK;
        var sheet = await _sheets.WaitForStateAsync(id, winnerIsSupervisor ? "approved" : "declined");
        Assert.Equal(winnerIsSupervisor ? "E11" : "H1", sheet.GetProperty("decidedBy").GetString());
        Assert.Contains(winnerIsSupervisor ? "田中 美穂さんが判断済みです" : "高橋 直樹さんが判断済みです", loser.Html, StringComparison.Ordinal);
    }
}
