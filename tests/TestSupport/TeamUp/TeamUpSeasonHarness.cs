using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Platform.Mail;
using Transformation.Platform.Storage;
using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Judging;
using Transformation.TeamUp.Seasons;
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

    /// <summary>Everyone in <see cref="Roster"/>: six heads, twelve staff, three judges.</summary>
    public static IReadOnlyList<string> Everyone { get; } =
        [.. Enumerable.Range(1, 6).SelectMany(n => new[] { $"H{n}", $"E{n}01", $"E{n}02" }), "J1", "J2", "J3"];

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

    /// <summary>
    /// HR opens the season of <paramref name="year"/>; returns the season once its workflow has stored it and asked every head
    /// (its entry deadline set).
    /// </summary>
    public async Task<JsonElement> OpenAsync(int year)
    {
        using (var hr = await ClientAsync("HR1", "hr.admin"))
        using (var opened = await hr.PostAsJsonAsync("/api/team-up/seasons", new { year }))
        {
            Assert.True(opened.StatusCode == System.Net.HttpStatusCode.Accepted, await opened.Content.ReadAsStringAsync());
        }

        var season = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        while (!(await OutboxAsync(EmailOf("H6"))).Any(m => m.Subject.Contains($"{season}】エントリーのお願い", StringComparison.Ordinal)))
        {
            Assert.True(watch.Elapsed < Wait, $"The heads were not asked for entries of {season}.{Environment.NewLine}{Host.Output}");
            await Task.Delay(300);
        }

        return await WaitForPhaseAsync(season, SeasonPhase.Entries);
    }

    /// <summary>A season past its entry deadline, waiting for HR to name the panel: D1 (bureau B1) entered.</summary>
    public async Task AwaitingPanelAsync(int year)
    {
        var season = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var opened = await OpenAsync(year);
        await EnterAsync(season, "H1", "D1", hours: 10);
        await PassAsync(opened.GetProperty("entryDeadline").GetDateTimeOffset());
        await WaitForPhaseAsync(season, SeasonPhase.AwaitingPanel);
    }

    /// <summary>
    /// A season ranked and waiting for HR's award decision: D1 and D3 entered, J3 (bureau B3) named the panel through the API
    /// and scored D1 above D3, HR asked to confirm.
    /// </summary>
    public async Task AwaitingConfirmationAsync(int year)
    {
        var season = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var opened = await OpenAsync(year);
        await EnterAsync(season, "H1", "D1", hours: 10);
        await EnterAsync(season, "H3", "D3", hours: 5);
        await PassAsync(opened.GetProperty("entryDeadline").GetDateTimeOffset());
        await WaitForPhaseAsync(season, SeasonPhase.AwaitingPanel);
        using (var hr = await ClientAsync("HR1", "hr.admin"))
        using (var panel = await hr.PutAsJsonAsync($"/api/team-up/seasons/{season}/panel", new { judges = new[] { "J3" } }))
        {
            Assert.True(panel.IsSuccessStatusCode, await panel.Content.ReadAsStringAsync());
        }

        var judging = await WaitForPhaseAsync(season, SeasonPhase.Judging);
        await ScoreAsync(season, "J3", "D1", 5);
        await ScoreAsync(season, "J3", "D3", 3);
        await PassAsync(judging.GetProperty("judgingDeadline").GetDateTimeOffset());
        await WaitForPhaseAsync(season, SeasonPhase.AwaitingConfirmation);
        await WaitForMailToAsync("jinji-kikaku@example.go.jp", $"{season}】審査結果の確認");
    }

    /// <summary>The head of <paramref name="division"/> saves and submits an entry through the API.</summary>
    public async Task EnterAsync(string seasonId, string head, string division, decimal hours)
    {
        using var client = await ClientAsync(head, "division.head");
        var entry = new
        {
            mission = "国民に信頼される行政サービスを、少ない手間で届ける。",
            priorities = "1. 業務の見える化 2. 止める仕事の実行",
            wayOfWorking = "毎朝15分の短い朝会で状況を共有する。",
            stopWork = new[] { new { task = "紙の回覧", reason = "電子決裁で足りるため。", hoursPerMonth = hours } },
            initiatives = new[]
            {
                new { title = "ナレッジ共有会", description = "月1回、業務のコツを共有する。", results = "問い合わせ対応時間が2割減った。" },
            },
        };
        var path = $"/api/team-up/seasons/{seasonId}/entries/{division}";
        using var saved = await TeamUpEntryHarness.PutAsync(client, path, entry);
        Assert.True(saved.IsSuccessStatusCode, $"{division}: {(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
        using var submitted = await TeamUpEntryHarness.SubmitAsync(client, path, TeamUpEntryHarness.ETagOf(saved));
        Assert.True(submitted.IsSuccessStatusCode, $"{division}: {(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync()}");
    }

    /// <summary>A judge gives an entry the same score on every criterion, through the API.</summary>
    public async Task ScoreAsync(string seasonId, string judge, string division, int score)
    {
        using var client = await ClientAsync(judge, "judge");
        using var response = await client.PutAsJsonAsync($"/api/team-up/seasons/{seasonId}/scores/{division}",
            new { scores = JudgingHarness.Settings.Rubric.ToDictionary(c => c.Id, _ => score), comment = "" });
        Assert.True(response.IsSuccessStatusCode, $"{judge} on {division}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// HR's judging commands (naming the panel, confirming the awards) on the host's tables, as the API and the pages run them,
    /// without the event they raise afterwards: what is stored when raising that event failed.
    /// </summary>
    public JudgingCommands CommandsWithoutEvents()
    {
        var tables = new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = Host.TablePrefix }));
        var organisation = Options.Create(new OrganisationOptions());
        var roster = new RosterDirectory(new RosterStore(tables, organisation), organisation);
        var judging = new JudgingService(new SeasonStore(tables), new EntryStore(tables), new ScoreStore(tables), roster,
            Options.Create(JudgingHarness.Settings), TimeProvider.System);
        return new JudgingCommands(judging, new RankingService(judging, NullLogger<RankingService>.Instance));
    }

    /// <summary>The mails telling <paramref name="staffId"/> the awards of the season (in Japanese or English).</summary>
    public async Task<IReadOnlyList<OutboxMessage>> AwardsAnnouncedToAsync(string staffId, string seasonId) =>
        [.. (await OutboxAsync(EmailOf(staffId))).Where(m => m.Subject == $"【チームアップ・チャレンジ{seasonId}】表彰結果のお知らせ"
            || m.Subject == $"[Team-Up Challenge {seasonId}] The awards")];

    /// <summary>Polls the season until its workflow has completed (everything announced).</summary>
    public async Task<JsonElement> WaitForCompletedAsync(string seasonId)
    {
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        var watch = Stopwatch.StartNew();
        var last = "";
        while (watch.Elapsed < Wait)
        {
            last = await hr.GetStringAsync($"/api/team-up/seasons/{seasonId}");
            var view = JsonDocument.Parse(last).RootElement.Clone();
            if (view.GetProperty("runtimeStatus").GetString() is "Completed" or "Failed" or "Terminated")
            {
                Assert.True(view.GetProperty("runtimeStatus").GetString() == "Completed", last);
                return view;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"The workflow of season {seasonId} did not complete; last: {last}{Environment.NewLine}{Host.Output}");
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
