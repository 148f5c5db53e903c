using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Transformation.Platform.Mail;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Support.TeamUp;

/// <summary>
/// Drives a Team-Up season on a running local host. The roster: three bureaus of two divisions each (B1: D1, D2;
/// B2: D3, D4; B3: D5, D6), heads H1–H6, two staff each (E101, E102…), and three judges J1 (in D1, bureau B1),
/// J2 (in D3, B2) and J3 (in D5, B3). Mail is read from the local outbox.
/// </summary>
public sealed class TeamUpSeasonHarness(LocalHostProcess host)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    public LocalHostProcess Host { get; } = host;

    public static string EmailOf(string staffId) => $"staff-{staffId.ToLowerInvariant()}@example.go.jp";

    public static RosterCsvBuilder Roster()
    {
        var roster = new RosterCsvBuilder();
        for (var n = 1; n <= 6; n++)
        {
            var division = $"D{n}";
            var bureau = $"B{(n + 1) / 2}";
            roster.Person($"H{n}", null, division, bureau, grade: "課長", divisionName: DivisionNames[n - 1]);
            roster.Person($"E{n}01", $"H{n}", division, bureau, divisionName: DivisionNames[n - 1]);
            roster.Person($"E{n}02", $"H{n}", division, bureau, divisionName: DivisionNames[n - 1], language: n == 6 ? "en" : "ja");
        }

        roster.Person("J1", "H1", "D1", "B1", grade: "課長補佐", divisionName: DivisionNames[0]);
        roster.Person("J2", "H3", "D3", "B2", grade: "課長補佐", divisionName: DivisionNames[2]);
        roster.Person("J3", "H5", "D5", "B3", grade: "課長補佐", divisionName: DivisionNames[4]);
        return roster;
    }

    private static readonly string[] DivisionNames = ["総務課", "会計課", "政策企画課", "調査課", "国際課", "広報室"];

    public async Task ImportRosterAsync()
    {
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        using var content = new StringContent(Roster().Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<HttpClient> ClientAsync(string staffId, params string[] roles) => await Host.ClientForAsync(staffId, roles);

    public async Task<IReadOnlyList<OutboxMessage>> OutboxAsync(string email) =>
        await Host.Http.GetFromJsonAsync<List<OutboxMessage>>($"/dev/outbox?to={Uri.EscapeDataString(email)}") ?? [];

    /// <summary>Polls the outbox until a message to <paramref name="email"/> has a subject containing <paramref name="subject"/>.</summary>
    public async Task<OutboxMessage> WaitForMailToAsync(string email, string subject)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Wait)
        {
            var found = (await OutboxAsync(email)).FirstOrDefault(m => m.Subject.Contains(subject, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"No mail to {email} with '{subject}'.{Environment.NewLine}{Host.Output}");
    }

    public Task<OutboxMessage> WaitForMailAsync(string staffId, string subject) => WaitForMailToAsync(EmailOf(staffId), subject);

    /// <summary>Polls GET /api/team-up/seasons/{id} until the season reaches <paramref name="phase"/>.</summary>
    public async Task<JsonElement> WaitForPhaseAsync(string seasonId, string phase)
    {
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        var watch = Stopwatch.StartNew();
        var last = "";
        while (watch.Elapsed < Wait)
        {
            using var response = await hr.GetAsync($"/api/team-up/seasons/{seasonId}");
            last = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
            {
                var view = JsonDocument.Parse(last).RootElement.Clone();
                if (view.GetProperty("phase").GetString() == phase)
                {
                    return view;
                }
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"Season {seasonId} did not reach '{phase}'; last: {last}{Environment.NewLine}{Host.Output}");
    }

    /// <summary>Waits until <paramref name="at"/> has passed (plus a little, for the host's clock).</summary>
    public static async Task PassAsync(DateTimeOffset at)
    {
        var left = at - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }
    }
}
