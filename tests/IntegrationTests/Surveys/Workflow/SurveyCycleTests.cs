using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Workflow;

/// <summary>
/// Whole cycles on the real local host (real Azurite, real durable engine) with deadlines of seconds:
/// launch, invitations, answers, a reminder, HR's early close, results, publication; then next year's cycle
/// with HR moving its deadline, closed by the durable timer, showing the change from last year.
/// </summary>
public sealed class SurveyCycleTests : IAsyncLifetime
{
    private static readonly string[] Respondents = [.. Enumerable.Range(1, 8).Select(i => $"E1{i:00}"), .. Enumerable.Range(1, 6).Select(i => $"E2{i:00}")];

    private SurveyCycleHarness? _cycle;

    private SurveyCycleHarness Cycle => _cycle!;

    public async Task InitializeAsync()
    {
        _cycle = new SurveyCycleHarness(await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            // The reminder (2.5 minutes in) renews the links of those who have not answered: the 14 answers, sent after 30
            // invitations are read, must come first even on a loaded machine.
            ["Surveys__Cycle__AnswerPeriod"] = "00:04:00",
            ["Surveys__ReleaseGraceSeconds"] = "2",
            ["Surveys__Cycle__ReminderOffsets__0"] = "00:01:30",
            ["Surveys__Cycle__ReminderOffsets__1"] = "00:01:30",
        }));
        await Cycle.ImportRosterAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cycle is not null)
        {
            await _cycle.Host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_cycle_runs_from_launch_to_published_results_and_next_year_shows_the_change()
    {
        var (status, launched) = await Cycle.LaunchAsync(2026);
        Assert.Equal(HttpStatusCode.Accepted, status);
        var (again, second) = await Cycle.LaunchAsync(2026);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(launched.GetProperty("instanceId").GetString(), second.GetProperty("instanceId").GetString());
        Assert.Equal("survey-cycle-2026", second.GetProperty("instanceId").GetString());

        // Invitations: one per person, in their language, with their link and the deadline.
        var tokens = new Dictionary<string, string>();
        foreach (var id in SurveyCycleHarness.Staff)
        {
            var mail = await Cycle.WaitForMailAsync(id, "2026", "invite");
            Assert.Single(await Cycle.MailsAsync(id, "2026", "invite"));
            Assert.Contains(SurveyCycleHarness.ReadsEnglish(id) ? "Organisational survey" : "組織マネジメント実態調査", mail.Subject, StringComparison.Ordinal);
            Assert.Contains(SurveyCycleHarness.ReadsEnglish(id) ? "Please answer by" : "回答期限", mail.Text, StringComparison.Ordinal);
            tokens[id] = SurveyCycleHarness.TokenOf(mail);
        }

        // The 30 people are one chunk: readers of both languages in one batch (one SendGrid request).
        var inviteBatches = new List<string>();
        foreach (var id in new[] { "E101", "E102", "E203" })
        {
            inviteBatches.Add((await Cycle.WaitForMailAsync(id, "2026", "invite")).BatchKey);
        }

        Assert.Single(inviteBatches.Distinct());

        foreach (var id in Respondents)
        {
            await Cycle.AnswerAsync(tokens[id], 4);
        }

        var answering = await Cycle.WaitForPhaseAsync("2026", "answering");
        Assert.Equal("answering", answering.GetProperty("phase").GetString());
        Assert.Equal(30, answering.GetProperty("invited").GetInt32());
        Assert.Equal(Respondents.Length, answering.GetProperty("submitted").GetInt32());

        // The reminder reaches every non-respondent, once, and nobody who answered.
        var nonRespondents = SurveyCycleHarness.Staff.Except(Respondents).ToList();
        foreach (var id in nonRespondents)
        {
            await Cycle.WaitForMailAsync(id, "2026", "reminder-1", within: TimeSpan.FromMinutes(4));
        }

        foreach (var id in Respondents)
        {
            Assert.Empty(await Cycle.MailsAsync(id, "2026", "reminder-"));
        }

        Assert.Single(await Cycle.MailsAsync(nonRespondents[0], "2026", "reminder-"));

        // HR closes early; results are aggregated and published.
        using (var hr = await Cycle.HrAsync())
        {
            using var close = await hr.PostAsync("/api/surveys/cycles/2026/close", null);
            Assert.Equal(HttpStatusCode.Accepted, close.StatusCode);
        }

        // Published, the cycle goes on into its follow-through: sheets sent, heads writing their plans until the deadline.
        var published = await Cycle.WaitForPhaseAsync("2026", "planning");
        Assert.True(published.TryGetProperty("closedAt", out var closedAt) && closedAt.ValueKind != JsonValueKind.Null);
        Assert.True(published.GetProperty("plansDueAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        using (var late = await Cycle.Host.Http.PostAsync($"/api/survey/{tokens["E301"]}/submit", null))
        {
            Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        }

        foreach (var id in SurveyCycleHarness.Staff)
        {
            var mail = await Cycle.WaitForMailAsync(id, "2026", "results");
            Assert.Contains("/surveys/2026/results", string.Join(" ", mail.Links), StringComparison.Ordinal);
            Assert.Contains(SurveyCycleHarness.ReadsEnglish(id) ? "ministry-wide results" : "全省結果", mail.Subject, StringComparison.Ordinal);
            Assert.EndsWith(":results:0:ja+en", mail.BatchKey, StringComparison.Ordinal);
        }

        // Phase 8 chained on: the D1 head is sent their feedback sheet and asked for an improvement plan.
        var sheetMail = await Cycle.WaitForMailAsync("H1", "2026", "surveyplans:2026:sheet:D1", exactPrefix: true);
        Assert.Contains("/surveys/2026/sheets/division/D1", string.Join(" ", sheetMail.Links), StringComparison.Ordinal);

        using var employee = await Cycle.Host.ClientForAsync("E105", "employee");
        var page = await employee.GetStringAsync("/surveys/2026/results");
        Assert.Contains("全省結果", page, StringComparison.Ordinal);
        Assert.Contains("47%", page, StringComparison.Ordinal); // 14 of 30
        Assert.Contains("4.00", page, StringComparison.Ordinal);

        using var hrClient = await Cycle.HrAsync();
        var d3 = await hrClient.GetFromJsonAsync<JsonElement>("/api/surveys/2026/results?group=division:D3");
        Assert.False(d3.GetProperty("group").GetProperty("scoresShown").GetBoolean());
        var d1 = await hrClient.GetFromJsonAsync<JsonElement>("/api/surveys/2026/results?group=division:D1");
        Assert.True(d1.GetProperty("group").GetProperty("scoresShown").GetBoolean());
        using (var forbidden = await employee.GetAsync("/api/surveys/2026/results?group=division:D1"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        // Feedback sheets: the head of D1 reads theirs (page and workbook), not D2's; D3 is suppressed.
        using var head1 = await Cycle.Host.ClientForAsync("H1", "division.head");
        using (var sheet = await head1.GetAsync("/surveys/2026/sheets/division/D1"))
        {
            Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
            Assert.Contains("D1課", await sheet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var xlsx = await head1.GetAsync("/api/surveys/2026/sheets/division/D1/xlsx"))
        {
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
            var bytes = await xlsx.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.Length > 1000 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K');
        }

        using (var other = await head1.GetAsync("/surveys/2026/sheets/division/D2"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }

        using (var suppressed = await hrClient.GetAsync("/surveys/2026/sheets/division/D3"))
        {
            Assert.Equal(HttpStatusCode.NotFound, suppressed.StatusCode);
            Assert.Contains("回答者が少ない", await suppressed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var heatmap = await hrClient.GetStringAsync("/surveys/2026/heatmap");
        Assert.Contains("data-suppressed=\"true\"", heatmap, StringComparison.Ordinal);
        Assert.Contains("D1課", heatmap, StringComparison.Ordinal);

        // Next year: the same people answer 5 everywhere; HR moves the deadline and the durable timer closes it.
        var (next, _) = await Cycle.LaunchAsync(2027);
        Assert.Equal(HttpStatusCode.Accepted, next);
        foreach (var id in Respondents)
        {
            await Cycle.AnswerAsync(SurveyCycleHarness.TokenOf(await Cycle.WaitForMailAsync(id, "2027", "invite")), 5);
        }

        await Cycle.WaitForPhaseAsync("2027", "answering");
        var newDeadline = DateTimeOffset.UtcNow.AddSeconds(6);
        using (var extend = await hrClient.PostAsJsonAsync("/api/surveys/cycles/2027/extend", new { closesAt = newDeadline }))
        {
            Assert.Equal(HttpStatusCode.Accepted, extend.StatusCode);
        }

        var closed = await Cycle.WaitForPhaseAsync("2027", "planning");
        Assert.Equal(newDeadline.ToUnixTimeSeconds(), closed.GetProperty("closesAt").GetDateTimeOffset().ToUnixTimeSeconds());
        var ministry = await employee.GetFromJsonAsync<JsonElement>("/api/surveys/2027/results");
        Assert.Equal(1.0, ministry.GetProperty("group").GetProperty("overall").GetProperty("change").GetDouble(), 3);
        var nextPage = await employee.GetStringAsync("/surveys/2027/results");
        Assert.Contains("+1.00", WebUtility.HtmlDecode(nextPage), StringComparison.Ordinal); // the encoder writes + as &#x2B;
    }
}
