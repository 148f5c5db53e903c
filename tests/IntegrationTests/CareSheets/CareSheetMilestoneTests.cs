using System.Net;
using Transformation.Tests.Support.CareSheets;
using Xunit.Abstractions;

namespace Transformation.Tests.CareSheets;

/// <summary>
/// The milestone review on the local host: an approved childcare sheet whose child turns six this year is
/// reviewed at the milestone instant, before or after the end review; a sheet withdrawn first gets nothing.
/// </summary>
public sealed class CareSheetMilestoneTests(MilestoneHostFixture fixture, ITestOutputHelper output) : IClassFixture<MilestoneHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;

    [Fact]
    public async Task An_approved_childcare_sheet_is_reviewed_when_a_child_turns_six_and_a_withdrawn_one_is_not()
    {
        var today = CareSheetRequests.TodayInJapan();
        var sixThisYear = new[] { fixture.MilestoneYear - 6 };

        // Reviewed at the milestone, months before its end review.
        var longBody = CareSheetRequests.Childcare(today);
        longBody["childBirthYears"] = sixThisYear;

        // Ends within the review window: the end review comes at once, the milestone after it (in English).
        var shortBody = CareSheetRequests.Childcare(today);
        shortBody["childBirthYears"] = sixThisYear;
        shortBody["leavePeriods"] = Array.Empty<object>();
        shortBody["periodTo"] = CareSheetInputs.Iso(today.AddDays(20));

        var withdrawnBody = CareSheetRequests.Childcare(today);
        withdrawnBody["childBirthYears"] = sixThisYear;

        var submitted = await Task.WhenAll(
            ApprovedAsync("E12", "E11", longBody),
            ApprovedAsync("EN1", "H1", shortBody),
            ApprovedAsync("E21", "H2", withdrawnBody));
        var (active, early, withdrawn) = (submitted[0], submitted[1], submitted[2]);
        var margin = fixture.MilestoneAt - DateTimeOffset.UtcNow;
        output.WriteLine($"Approved {margin} before the milestone.");
        Assert.True(margin > TimeSpan.Zero, $"The sheets were approved {-margin} after the milestone: lengthen {nameof(MilestoneHostFixture.Lead)}.");

        using var employee = await _sheets.ClientAsync("E21");
        using var response = await employee.PostAsync($"/api/care-sheets/{withdrawn}/withdraw", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _sheets.WaitForMailAsync(CareSheetHostFixture.HrEmail, m => m.BatchKey.Contains($"{withdrawn}:v1:withdrawn", StringComparison.Ordinal), "HR withdrawal notice");

        var mail = await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("E12"), m => m.BatchKey.Contains($"{active}:v1:milestone-", StringComparison.Ordinal), "milestone review");
        Assert.Equal("【見直しのお願い】お子さんが6歳になる年です（育児シート）", mail.Subject);
        Assert.Contains("働き方の希望に変化がないか", mail.Text, StringComparison.Ordinal);
        Assert.Contains(mail.Links, l => l.EndsWith($"/care-sheets/{active}/edit", StringComparison.Ordinal));
        Assert.Contains(mail.Links, l => l.EndsWith("/care-sheets", StringComparison.Ordinal));
        // The durable timer's queue message becomes visible with a granularity of a second.
        Assert.True(mail.SentAt >= fixture.MilestoneAt.AddSeconds(-1), $"Sent at {mail.SentAt:O}, before the milestone {fixture.MilestoneAt:O}.");
        Assert.DoesNotContain(await _sheets.OutboxAsync(CareSheetHarness.EmailOf("E12")), m => m.BatchKey.Contains($"{active}:v1:review", StringComparison.Ordinal));

        var english = await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf("EN1"), m => m.BatchKey.Contains($"{early}:v1:milestone-", StringComparison.Ordinal), "milestone review after the end review");
        Assert.Equal("[Please review] Your child turns 6 this year (Childcare sheet)", english.Subject);
        var review = Assert.Single(await _sheets.OutboxAsync(CareSheetHarness.EmailOf("EN1")), m => m.BatchKey.Contains($"{early}:v1:review", StringComparison.Ordinal));
        Assert.True(review.SentAt < fixture.MilestoneAt, "The end review of the short sheet should come at once, before the milestone.");

        // The withdrawn sheet's milestone has passed too (the others were sent at it): nothing was sent, now or a little later.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.DoesNotContain(await _sheets.OutboxAsync(CareSheetHarness.EmailOf("E21")), m => m.BatchKey.Contains($"{withdrawn}:v1:milestone", StringComparison.Ordinal));
        Assert.Equal("withdrawn", (await _sheets.SheetAsync(withdrawn)).GetProperty("state").GetString());
    }

    private async Task<string> ApprovedAsync(string owner, string approver, Dictionary<string, object?> body)
    {
        var id = await _sheets.SubmitAsync(owner, body);
        var link = await _sheets.WaitForLinkAsync(approver, "承認依頼", id);
        Assert.Equal(HttpStatusCode.OK, (await _sheets.DecideByLinkAsync(link, "approve")).Status);
        await _sheets.WaitForStateAsync(id, "approved");

        // The outcome mail is sent as the approved sheet's active period is computed: the workflow is past the decision.
        await _sheets.WaitForMailAsync(CareSheetHarness.EmailOf(owner), m => m.BatchKey.Contains($"{id}:v1:outcome", StringComparison.Ordinal), "approval notice");
        return id;
    }
}
