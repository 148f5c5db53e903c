using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Transformation.Platform.Mail;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Support.Overtime;

/// <summary>
/// A host and roster for overtime: a 課長 H1 over 係長 S1, who supervises R1–R20 (each test takes a person of its own: one
/// request a person a day), and X1, a colleague of S1 who supervises nobody here.
/// </summary>
public sealed class OvertimeHarness(LocalHostProcess host)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(120);

    public LocalHostProcess Host { get; } = host;

    public static string EmailOf(string staffId) => $"staff-{staffId.ToLowerInvariant()}@example.go.jp";

    public async Task ImportRosterAsync()
    {
        var roster = RosterCsvBuilder.SmallOrganisation()
            .Person("S1", "H1", "D1", "B1", grade: "係長", name: "佐々木 誠")
            .Person("X1", "H1", "D1", "B1", grade: "係長", name: "松本 彩");
        for (var i = 1; i <= 20; i++)
        {
            roster.Person($"R{i}", "S1", "D1", "B1", name: $"職員 {i}号", language: i == 20 ? "en" : "ja");
        }

        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        using var content = new StringContent(roster.Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public Task<HttpClient> ClientAsync(string staffId, params string[] roles) =>
        Host.ClientForAsync(staffId, roles.Length == 0 ? ["employee"] : roles);

    public static object Request(decimal hours = 2m, string tasks = "法案の想定問答の作成", string targetEnd = "20:00") =>
        new { tasks, targetEnd, estimatedHours = hours };

    /// <summary>Requests today's overtime as <paramref name="staffId"/>; the answer's status and JSON.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Json)> SubmitAsync(string staffId, object? body = null)
    {
        using var client = await ClientAsync(staffId);
        using var response = await client.PostAsJsonAsync("/api/overtime/requests", body ?? Request());
        return (response.StatusCode, await JsonOf(response));
    }

    /// <summary>Requests today's overtime and returns the day (yyyy-MM-dd), failing the test unless it was accepted.</summary>
    public async Task<string> SubmitOkAsync(string staffId, decimal hours = 2m)
    {
        var (status, json) = await SubmitAsync(staffId, Request(hours));
        Assert.True(status == HttpStatusCode.Created, $"Request failed: {(int)status} {json}");
        return json.GetProperty("day").GetProperty("day").GetString()!;
    }

    public async Task<(HttpStatusCode Status, JsonElement Json)> DecideAsync(string deciderId, string staffId, string day, bool approve,
        string? comment = null, string? specialDutyReason = null)
    {
        using var client = await ClientAsync(deciderId);
        using var response = await client.PostAsJsonAsync($"/api/overtime/requests/{staffId}/{day}/decision",
            new { approve, comment, specialDutyReason });
        return (response.StatusCode, await JsonOf(response));
    }

    public async Task<(HttpStatusCode Status, JsonElement Json)> RecordActualAsync(string staffId, string day, string actualEnd)
    {
        using var client = await ClientAsync(staffId);
        using var response = await client.PutAsJsonAsync($"/api/overtime/requests/{staffId}/{day}/actual", new { actualEnd });
        return (response.StatusCode, await JsonOf(response));
    }

    /// <summary>The month view of <paramref name="staffId"/> as <paramref name="readerId"/> reads it.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Json)> MonthAsync(string staffId, string? readerId = null, params string[] roles)
    {
        using var client = await ClientAsync(readerId ?? staffId, roles);
        using var response = await client.GetAsync($"/api/overtime/requests?staffId={Uri.EscapeDataString(staffId)}");
        return (response.StatusCode, await JsonOf(response));
    }

    public async Task<(HttpStatusCode Status, JsonElement Json)> DayAsync(string staffId, string day, string? readerId = null,
        params string[] roles)
    {
        using var client = await ClientAsync(readerId ?? staffId, roles);
        using var response = await client.GetAsync($"/api/overtime/requests/{staffId}/{day}");
        return (response.StatusCode, await JsonOf(response));
    }

    /// <summary>Polls the day until its state is <paramref name="state"/>.</summary>
    public async Task<JsonElement> WaitForStateAsync(string staffId, string day, string state)
    {
        var watch = Stopwatch.StartNew();
        string? last = null;
        while (watch.Elapsed < Wait)
        {
            var (status, json) = await DayAsync(staffId, day);
            last = status == HttpStatusCode.OK ? json.GetProperty("day").GetProperty("state").GetString() : status.ToString();
            if (last == state)
            {
                return json;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"{staffId} {day} stayed '{last}', not '{state}'.{Environment.NewLine}{Host.Output}");
    }

    public async Task<IReadOnlyList<OutboxMessage>> OutboxAsync(string email) =>
        await Host.Http.GetFromJsonAsync<List<OutboxMessage>>($"/dev/outbox?to={Uri.EscapeDataString(email)}") ?? [];

    /// <summary>Polls the outbox until a message to <paramref name="staffIdOrEmail"/> matches.</summary>
    public async Task<OutboxMessage> WaitForMailAsync(string staffIdOrEmail, Func<OutboxMessage, bool> match, string what)
    {
        var email = staffIdOrEmail.Contains('@', StringComparison.Ordinal) ? staffIdOrEmail : EmailOf(staffIdOrEmail);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Wait)
        {
            var found = (await OutboxAsync(email)).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"No mail to {email}: {what}.{Environment.NewLine}{Host.Output}");
    }

    /// <summary>The approval link mailed to <paramref name="approverId"/> for the request of <paramref name="staffId"/> on <paramref name="day"/>.</summary>
    public async Task<string> WaitForLinkAsync(string approverId, string staffId, string day)
    {
        var mail = await WaitForMailAsync(approverId, m => m.BatchKey.Contains($"|{staffId}|{day}|", StringComparison.Ordinal)
            && m.BatchKey.EndsWith("|request", StringComparison.Ordinal), $"the request of {staffId} on {day}");
        return new Uri(mail.Links.First(l => l.Contains("/links/", StringComparison.Ordinal))).PathAndQuery;
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
