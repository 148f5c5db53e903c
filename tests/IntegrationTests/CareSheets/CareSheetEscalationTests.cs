using System.Net;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>Reminder and escalation on short deadlines (time spans in the settings, real engine clock).</summary>
public sealed class CareSheetEscalationTests(ShortDeadlineHostFixture fixture) : IClassFixture<ShortDeadlineHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;

    [Fact]
    public async Task The_supervisor_is_reminded_then_their_supervisor_decides_and_the_reminder_link_shows_who_decided()
    {
        var id = await _sheets.SubmitAsync("E12");
        // The reminder's link replaced the request's: it is the supervisor's working link.
        var original = await _sheets.WaitForLinkAsync("E11", "リマインド", id);
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
        // The reminder (before the escalation) replaced the request's link.
        var supervisor = await _sheets.WaitForLinkAsync("E11", "リマインド", id);
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

    [Fact]
    public async Task On_the_signed_in_pages_the_first_decision_counts_and_the_later_one_gets_a_page_saying_who_decided()
    {
        var id = await _sheets.SubmitAsync("E12");
        using var supervisor = await _sheets.SignedInBrowserAsync("E11");
        var open = await CareSheetHarness.PageAsync(supervisor, $"/care-sheets/{id}");
        Assert.Equal(HttpStatusCode.OK, open.Status);
        await _sheets.WaitForLinkAsync("H1", "上位者", id);

        using var head = await _sheets.SignedInBrowserAsync("H1", "division.head");
        var escalated = await CareSheetHarness.PageAsync(head, $"/care-sheets/{id}");
        Assert.Contains($"action=\"/care-sheets/{id}/decision?lang=ja\"", escalated.Html, StringComparison.Ordinal);
        var (first, _) = await CareSheetHarness.PostFormAsync(head, $"/care-sheets/{id}/decision", new Dictionary<string, string>
        {
            ["__csrf"] = CareSheetHarness.CsrfOf(escalated.Html), ["version"] = "1", ["decision"] = "approve", ["comment"] = "",
        });
        Assert.Equal(HttpStatusCode.SeeOther, first.Status);

        var (late, _) = await CareSheetHarness.PostFormAsync(supervisor, $"/care-sheets/{id}/decision", new Dictionary<string, string>
        {
            ["__csrf"] = CareSheetHarness.CsrfOf(open.Html), ["version"] = "1", ["decision"] = "decline", ["comment"] = "今期は難しいです。",
        });

        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("高橋 直樹さんが判断済みです（承認）", late.Html, StringComparison.Ordinal);
        Assert.Contains("あなたの判断は記録されていません。", late.Html, StringComparison.Ordinal);
        var sheet = await _sheets.WaitForStateAsync(id, "approved");
        Assert.Equal("H1", sheet.GetProperty("decidedBy").GetString());
        Assert.True(string.IsNullOrEmpty(sheet.GetProperty("decisionComment").GetString()));
    }
}
