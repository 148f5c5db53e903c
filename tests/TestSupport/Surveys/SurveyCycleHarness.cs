using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Transformation.Platform.Mail;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Support.Surveys;

/// <summary>
/// Drives the survey cycle on a running local host as HR and staff do: roster imported, cycles launched and
/// closed over the API, invitations read from the outbox, answers given through the survey JSON API.
/// The roster (<see cref="Roster"/>): 30 people; D1 (14) and D2 (13) in bureau B1, D3 (3, under the minimum
/// reporting size) alone in bureau B2; heads H1, H2, H3; E102 and E203 read English.
/// </summary>
public sealed class SurveyCycleHarness(LocalHostProcess host)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(120);

    public LocalHostProcess Host { get; } = host;

    public static IReadOnlyList<string> Staff { get; } =
    [
        "H1", .. Enumerable.Range(1, 13).Select(i => $"E1{i:00}"),
        "H2", .. Enumerable.Range(1, 12).Select(i => $"E2{i:00}"),
        "H3", "E301", "E302",
    ];

    public static bool ReadsEnglish(string staffId) => staffId is "E102" or "E203";

    public static string EmailOf(string staffId) => $"staff-{staffId.ToLowerInvariant()}@example.go.jp";

    public static RosterCsvBuilder Roster()
    {
        var roster = new RosterCsvBuilder();
        foreach (var id in Staff)
        {
            var division = "D" + id[1]; // H1 and E101 are in D1, H3 and E301 in D3
            var head = "H" + division[1];
            roster.Person(id, id == head ? null : head, division, division == "D3" ? "B2" : "B1",
                grade: id.StartsWith('H') ? (division == "D3" ? "室長" : "課長") : "係員", language: ReadsEnglish(id) ? "en" : "ja");
        }

        return roster;
    }

    public async Task ImportRosterAsync()
    {
        using var hr = await HrAsync();
        using var content = new StringContent(Roster().Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public Task<HttpClient> HrAsync() => Host.ClientForAsync("HR1", "hr.admin");

    public async Task<(HttpStatusCode Status, JsonElement Cycle)> LaunchAsync(int year)
    {
        using var hr = await HrAsync();
        using var response = await hr.PostAsJsonAsync("/api/surveys/cycles", new { year });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Launch failed: {(int)response.StatusCode} {text}");
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<JsonElement> CycleAsync(string cycleId)
    {
        using var hr = await HrAsync();
        using var response = await hr.GetAsync($"/api/surveys/cycles/{cycleId}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Reading the cycle failed: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> WaitForPhaseAsync(string cycleId, string phase)
    {
        var watch = Stopwatch.StartNew();
        JsonElement cycle = default;
        while (watch.Elapsed < Wait)
        {
            cycle = await CycleAsync(cycleId);
            if (cycle.TryGetProperty("phase", out var p) && p.GetString() == phase)
            {
                return cycle;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"Cycle {cycleId} did not reach {phase}; it is {cycle}.{Environment.NewLine}{Host.Output}");
    }

    public async Task<IReadOnlyList<OutboxMessage>> OutboxAsync(string staffId) =>
        await Host.Http.GetFromJsonAsync<List<OutboxMessage>>($"/dev/outbox?to={Uri.EscapeDataString(EmailOf(staffId))}") ?? [];

    /// <summary>Mail of one send of a cycle ("invite", "reminder-1", "results"; "reminder-" for every reminder) to a person.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> MailsAsync(string staffId, string cycleId, string round, bool exactPrefix = false)
    {
        var prefix = exactPrefix ? round : $"survey:{cycleId}:{round}" + (round.EndsWith('-') ? "" : ":");
        return (await OutboxAsync(staffId)).Where(m => m.BatchKey.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }

    /// <summary>The first such mail, waiting <see cref="Wait"/> or as long as given (a send timed minutes ahead).</summary>
    public async Task<OutboxMessage> WaitForMailAsync(
        string staffId, string cycleId, string round, bool exactPrefix = false, TimeSpan? within = null)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < (within ?? Wait))
        {
            if (await MailsAsync(staffId, cycleId, round, exactPrefix) is [var found, ..])
            {
                return found;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"No {round} mail of cycle {cycleId} to {staffId}.{Environment.NewLine}{Host.Output}");
    }

    /// <summary>The survey token in a mail's link.</summary>
    public static string TokenOf(OutboxMessage mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var link = mail.Links.First(l => l.Contains("/survey/", StringComparison.Ordinal));
        return new Uri(link).AbsolutePath["/survey/".Length..];
    }

    /// <summary>Answers every item with <paramref name="score"/> through the JSON API: save the draft, then submit it.</summary>
    public async Task AnswerAsync(string token, int score)
    {
        var survey = await Host.Http.GetFromJsonAsync<JsonElement>($"/api/survey/{token}");
        var scores = survey.GetProperty("categories").EnumerateArray()
            .SelectMany(c => c.GetProperty("items").EnumerateArray())
            .ToDictionary(i => i.GetProperty("id").GetString()!, _ => score);
        using var put = await Host.Http.PutAsJsonAsync($"/api/survey/{token}", new { scores, comments = new Dictionary<string, string>() });
        Assert.True(put.IsSuccessStatusCode, $"Saving the draft failed: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");
        using var submit = await Host.Http.PostAsync($"/api/survey/{token}/submit", null);
        Assert.True(submit.IsSuccessStatusCode, $"Submitting failed: {(int)submit.StatusCode} {await submit.Content.ReadAsStringAsync()}");
    }
}
