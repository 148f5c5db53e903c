using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Transformation.Overtime.Summaries;
using Transformation.Platform.Scheduling;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Overtime;

namespace Transformation.Tests.Overtime;

/// <summary>
/// The overtime process end to end on the real host and durable engine, as its people meet it: HR's designation and the
/// attendance import; a request approved by its mailed link, its actual and the totals; a request the supervisor is warned
/// about; one that breaches a cap, refused until approved as 特例業務 (HR told, the record kept for HR's analysis); the
/// doctor's-interview flag the imported months raise; and the month's summary the head is sent.
/// </summary>
public sealed class OvertimeProcessTests(OvertimeChainHostFixture fixture) : IClassFixture<OvertimeChainHostFixture>
{
    private OvertimeHarness Harness => fixture.Harness;

    [Fact]
    public async Task A_request_goes_from_its_link_approval_through_the_caps_to_the_interview_flag_and_the_monthly_summary()
    {
        using var hr = await Harness.ClientAsync("HR1", "hr.admin");
        using (var designated = await hr.PutAsJsonAsync("/api/overtime/designations/D4/2020-04-01", new { designation = "other-directed" }))
        {
            Assert.Equal(HttpStatusCode.OK, designated.StatusCode);
        }

        using (var imported = await hr.PostAsync("/api/overtime/actuals/import",
            new StringContent(OvertimeChainHostFixture.History(("W4", 2), ("R4", 5)), System.Text.Encoding.UTF8, "text/csv")))
        {
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }

        // A4: requested, approved through the mailed link, the actual recorded, and the actual is what counts.
        var (status, a4) = await Harness.SubmitAsync("A4", OvertimeHarness.Request(2m));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("allowed", Assessment(a4).GetProperty("approval").GetString());
        var day = a4.GetProperty("day").GetProperty("day").GetString()!;
        using (var link = new OvertimeLinkBrowser(Harness.Host))
        {
            var page = await link.OpenAsync(await Harness.WaitForLinkAsync("S4", "A4", day));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("id=\"projected-caps\"", page.Html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await link.DecideAsync(page, "approve")).Status);
        }

        await Harness.WaitForStateAsync("A4", day, "approved");
        await Harness.WaitForMailAsync("A4", Key("A4", "actual"), "the request for the actual end time");
        Assert.Equal(HttpStatusCode.OK, (await Harness.RecordActualAsync("A4", day, "20:15")).Status);
        var (_, month) = await Harness.MonthAsync("A4");
        Assert.Equal(3m, month.GetProperty("monthHours").GetDecimal());

        // W4: two months of 99 hours behind them, so two hours today take the three-month average near its cap.
        var (_, w4) = await Harness.SubmitAsync("W4", OvertimeHarness.Request(2m));
        Assert.Equal("allowed", Assessment(w4).GetProperty("approval").GetString());
        Assert.Equal("warning", Cap(w4, "Average").GetProperty("status").GetString());
        using (var link = new OvertimeLinkBrowser(Harness.Host))
        {
            var page = await link.OpenAsync(await Harness.WaitForLinkAsync("S4", "W4", day));
            Assert.Contains("data-status=\"warning\"", page.Html, StringComparison.Ordinal);
            Assert.Contains("注意", page.Html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await link.DecideAsync(page, "approve")).Status);
        }

        // R4: five such months, so any hour today breaks the six-month average: not approvable but as 特例業務, with a reason.
        var (_, r4) = await Harness.SubmitAsync("R4", OvertimeHarness.Request(3m));
        Assert.Equal("special-duty-only", Assessment(r4).GetProperty("approval").GetString());
        Assert.Equal("breach", Cap(r4, "Average").GetProperty("status").GetString());
        var (refused, _) = await Harness.DecideAsync("S4", "R4", day, approve: true);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        var (_, pending) = await Harness.DayAsync("R4", day);
        Assert.Equal("pending", pending.GetProperty("day").GetProperty("state").GetString());
        var (approved, _) = await Harness.DecideAsync("S4", "R4", day, approve: true, specialDutyReason: "豪雨災害の被害状況の取りまとめ");
        Assert.Equal(HttpStatusCode.OK, approved);
        var toHr = await Harness.WaitForMailAsync(OvertimeChainHostFixture.HrMailbox, Key("R4", "special-duty"), "HR's notice of 特例業務");
        Assert.Contains("林 大輔", toHr.Text, StringComparison.Ordinal);
        var fiscalYear = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(-3).Year;
        var records = await hr.GetFromJsonAsync<JsonElement>($"/api/overtime/special-duty/{fiscalYear}");
        var record = records.EnumerateArray().Single(r => r.GetProperty("staffId").GetString() == "R4");
        Assert.Equal("豪雨災害の被害状況の取りまとめ", record.GetProperty("reason").GetString());

        // The imported months (an average over 80 hours) called for a doctor's interview: R4 and the health office are told.
        await Harness.WaitForMailAsync("R4", Flagged("R4"), "R4's interview notice");
        await Harness.WaitForMailAsync(OvertimeChainHostFixture.HealthOffice, Flagged("R4"), "the health office's notice of R4");

        // Last month's summary: the head sees W4 and R4 at 99 hours, and is mailed its link on the month's first business day.
        var last = SummaryMonth.Format(OvertimeChainHostFixture.MonthBefore(1));
        using var head = await BrowserSession.SignInAsync(Harness.Host.BaseUrl, "H4", "division.head");
        var summary = await head.GetStringAsync($"/overtime/summary?month={last}&division=D4");
        Assert.Contains("99時間", Row(summary, "W4"), StringComparison.Ordinal);
        Assert.Contains("99時間", Row(summary, "R4"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-staff=\"A4\"", summary, StringComparison.Ordinal);
        if (MonthlySummaryTimer.IsDue(OvertimeChainHostFixture.Today, new BusinessCalendar(["12-29", "12-30", "12-31", "01-02", "01-03"])))
        {
            // The timer fires at a set minute, a few minutes after the host started: wait for it, then for the run's mail.
            var due = fixture.SummaryRunsAt - DateTimeOffset.UtcNow;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var mail = await Harness.WaitForMailAsync("H4", m => m.BatchKey.StartsWith($"overtime-summary:{last}:heads:", StringComparison.Ordinal),
                $"the summary of {last}, sent at {fixture.SummaryRunsAt:HH:mm} UTC");
            Assert.Contains($"/overtime/summary?month={last}", mail.Text, StringComparison.Ordinal);
        }
    }

    private static JsonElement Assessment(JsonElement answer) => answer.GetProperty("assessment");

    private static JsonElement Cap(JsonElement answer, string cap) =>
        Assessment(answer).GetProperty("caps").EnumerateArray().Single(c => c.GetProperty("cap").GetString() == cap);

    private static Func<Platform.Mail.OutboxMessage, bool> Key(string staffId, string message) =>
        m => m.BatchKey.Contains($"|{staffId}|", StringComparison.Ordinal) && m.BatchKey.EndsWith("|" + message, StringComparison.Ordinal);

    private static Func<Platform.Mail.OutboxMessage, bool> Flagged(string staffId) =>
        m => m.BatchKey.StartsWith("overtime-interview:", StringComparison.Ordinal)
            && m.BatchKey.Contains($":{staffId}:flagged", StringComparison.Ordinal);

    private static string Row(string html, string staffId)
    {
        var match = Regex.Match(html, $"<tr data-staff=\"{staffId}\">.*?</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No row for {staffId} on the summary.");
        return match.Value;
    }
}
