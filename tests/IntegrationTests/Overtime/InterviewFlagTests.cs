using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Transformation.Tests.Overtime;

/// <summary>
/// The doctor's-interview flags on the real host and durable engine: raised by an import that takes a month to 100 hours,
/// mailed to the person and the health office, reminded every few seconds until the health office records the interview.
/// </summary>
public sealed class InterviewFlagTests(ActualsHostFixture fixture) : IClassFixture<ActualsHostFixture>
{
    private static readonly string Month = ActualsHostFixture.MonthKey;

    [Fact]
    public async Task A_month_imported_at_100_hours_mails_the_person_and_the_health_office_without_hours_in_the_subject()
    {
        using var imported = await fixture.ImportAsync(ActualsHostFixture.MonthOf("P5", 20, "5"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var person = await fixture.WaitForMailsAsync(ActualsHostFixture.EmailOf("P5"), ActualsHostFixture.About("P5", "flagged"), 1, "the notice");
        var office = await fixture.WaitForMailsAsync(ActualsHostFixture.HealthOfficeEmail, ActualsHostFixture.About("P5", "flagged"), 1,
            "the office's notice");

        Assert.Contains("面接指導", person[0].Text, StringComparison.Ordinal);
        Assert.Contains("職員 5号", office[0].Text, StringComparison.Ordinal);
        Assert.Contains($"/overtime/interviews?month={Month}", office[0].Text, StringComparison.Ordinal);
        foreach (var subject in new[] { person[0].Subject, office[0].Subject })
        {
            Assert.DoesNotContain("100", subject, StringComparison.Ordinal);
            Assert.DoesNotContain("職員 5号", subject, StringComparison.Ordinal);
        }

        await fixture.EndRemindersAsync("P5");
    }

    [Fact]
    public async Task The_health_office_sees_the_flag_with_its_reason_and_no_hours()
    {
        using var imported = await fixture.ImportAsync(ActualsHostFixture.MonthOf("P6", 20, "5:30"));
        using var office = await fixture.HealthOffice();

        using var json = JsonDocument.Parse(await office.GetStringAsync($"/api/overtime/interviews?month={Month}"));

        var flag = json.RootElement.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("staffId").GetString() == "P6");
        Assert.Equal(("month", "職員 6号", JsonValueKind.Null), (flag.GetProperty("reason").GetString(), flag.GetProperty("name").GetString(),
            flag.GetProperty("heldOn").ValueKind));
        Assert.DoesNotContain("110", flag.GetRawText(), StringComparison.Ordinal);
        await fixture.EndRemindersAsync("P6");
    }

    [Fact]
    public async Task Reminders_keep_coming_while_the_interview_is_not_recorded()
    {
        using var imported = await fixture.ImportAsync(ActualsHostFixture.MonthOf("P7", 20, "5"));

        var reminders = await fixture.WaitForMailsAsync(ActualsHostFixture.HealthOfficeEmail, ActualsHostFixture.About("P7", "reminder-"), 2,
            "two reminders");

        Assert.Equal(2, reminders.Select(m => m.BatchKey).Distinct().Take(2).Count());
        Assert.Contains(await fixture.OutboxAsync(ActualsHostFixture.EmailOf("P7")), m => ActualsHostFixture.About("P7", "reminder-")(m));
        await fixture.EndRemindersAsync("P7");
    }

    [Fact]
    public async Task Recording_the_interview_stops_the_reminders()
    {
        using var imported = await fixture.ImportAsync(ActualsHostFixture.MonthOf("P8", 20, "5"));
        await fixture.WaitForMailsAsync(ActualsHostFixture.HealthOfficeEmail, ActualsHostFixture.About("P8", "reminder-"), 1, "a reminder");
        using var office = await fixture.HealthOffice();
        var heldOn = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var recorded = await office.PostAsJsonAsync($"/api/overtime/interviews/{Month}/P8/held", new { heldOn });

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);

        // A round that read the flag just before the record may still mail once; after that, nothing more.
        await Task.Delay(ActualsHostFixture.ReminderEvery + TimeSpan.FromSeconds(2));
        var before = await RemindersAsync("P8");
        await Task.Delay(ActualsHostFixture.ReminderEvery * 3);
        Assert.Equal(before, await RemindersAsync("P8"));
    }

    [Fact]
    public async Task A_month_below_both_thresholds_raises_no_flag()
    {
        using var imported = await fixture.ImportAsync(ActualsHostFixture.MonthOf("P9", 20, "4.95"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        using var office = await fixture.HealthOffice();

        using var json = JsonDocument.Parse(await office.GetStringAsync($"/api/overtime/interviews?month={Month}"));

        Assert.DoesNotContain(json.RootElement.GetProperty("flags").EnumerateArray(), f => f.GetProperty("staffId").GetString() == "P9");
    }

    [Fact]
    public async Task A_division_head_cannot_read_the_flags()
    {
        using var head = await fixture.Api("H1", "division.head");

        using var refused = await head.GetAsync($"/api/overtime/interviews?month={Month}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_health_office_records_the_interview_on_the_page_and_sees_it_held()
    {
        using var imported = await fixture.ImportAsync(ActualsHostFixture.MonthOf("P1", 20, "5"));
        using var office = await fixture.Browser("K1", "health.office");
        var page = await office.GetStringAsync($"/overtime/interviews?month={Month}");
        Assert.Contains("職員 1号", page, StringComparison.Ordinal);
        var heldOn = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = DesignationHostFixture.CsrfOf(page),
            ["heldOn"] = heldOn,
        });

        using var posted = await office.PostAsync($"/overtime/interviews/{Month}/P1/held", form);

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var after = await office.GetStringAsync(posted.Headers.Location!.ToString());
        Assert.Contains("面接指導の実施を記録しました。", after, StringComparison.Ordinal);
        Assert.Contains($"data-held=\"{heldOn}\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_without_the_forms_anti_forgery_field_is_refused()
    {
        using var imported = await fixture.ImportAsync(ActualsHostFixture.MonthOf("P2", 20, "5"));
        using var office = await fixture.Browser("K1", "health.office");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["heldOn"] = "2026-01-01" });

        using var refused = await office.PostAsync($"/overtime/interviews/{Month}/P2/held", form);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var api = await fixture.HealthOffice();
        using var json = JsonDocument.Parse(await api.GetStringAsync($"/api/overtime/interviews?month={Month}"));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("flags").EnumerateArray()
            .Single(f => f.GetProperty("staffId").GetString() == "P2").GetProperty("heldOn").ValueKind);
        await fixture.EndRemindersAsync("P2");
    }

    private async Task<int> RemindersAsync(string staffId) =>
        (await fixture.OutboxAsync(ActualsHostFixture.HealthOfficeEmail)).Count(ActualsHostFixture.About(staffId, "reminder-"));
}
