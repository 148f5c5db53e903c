using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Platform.Storage;
using Transformation.TeamUp;
using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Judging;
using Transformation.TeamUp.Seasons;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Support.TeamUp;

/// <summary>
/// Team-Up judging on a running local host, without the season orchestration: seasons and entries are written
/// straight into the host's tables with the app's own stores, in the phase a test needs. The roster: bureau B1
/// (divisions D1, D2), B2 (D3, D4), B3 (D5); heads H1–H5; judges J1 (D1, bureau B1), J2 (D3, B2), J3 (D5, B3),
/// J4 (D2, B1); staff E1–E5; HR1 in D5.
/// </summary>
public sealed partial class JudgingHarness(LocalHostProcess host)
{
    private Tables? _tables;

    public LocalHostProcess Host { get; } = host;

    public string SnapshotId { get; private set; } = "";

    public Tables Tables => _tables ??= new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = Host.TablePrefix }));

    public SeasonStore Seasons => new(Tables);

    public EntryStore Entries => new(Tables);

    public ScoreStore Scores => new(Tables);

    /// <summary>The shipped settings (workflows/team-up.json): the rubric and the awards the host uses.</summary>
    public static TeamUpOptions Settings { get; } = LoadSettings();

    public static RosterCsvBuilder Roster()
    {
        var roster = new RosterCsvBuilder();
        foreach (var (division, bureau) in new[] { ("D1", "B1"), ("D2", "B1"), ("D3", "B2"), ("D4", "B2"), ("D5", "B3") })
        {
            var n = division[1..];
            roster.Person($"H{n}", null, division, bureau, grade: "課長", divisionName: $"第{n}課", bureauName: $"{bureau}局");
            roster.Person($"E{n}", $"H{n}", division, bureau, divisionName: $"第{n}課", bureauName: $"{bureau}局");
        }

        foreach (var (judge, division, bureau) in new[] { ("J1", "D1", "B1"), ("J2", "D3", "B2"), ("J3", "D5", "B3"), ("J4", "D2", "B1"), ("HR1", "D5", "B3") })
        {
            var n = division[1..];
            roster.Person(judge, $"H{n}", division, bureau, divisionName: $"第{n}課", bureauName: $"{bureau}局", language: judge == "J2" ? "en" : "ja");
        }

        return roster;
    }

    /// <summary>Imports the roster through the API and remembers the snapshot id seasons run on.</summary>
    public async Task ImportRosterAsync()
    {
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        using var content = new StringContent(Roster().Text(), Encoding.UTF8, "text/csv");
        using (var response = await hr.PostAsync("/api/organisation/roster", content))
        {
            Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        using var summary = JsonDocument.Parse(await hr.GetStringAsync("/api/organisation/roster"));
        SnapshotId = summary.RootElement.GetProperty("snapshotId").GetString()!;
    }

    /// <summary>A season in the given phase; entry deadline an hour ago unless given, judging deadline an hour ahead unless given.</summary>
    public async Task<Season> CreateSeasonAsync(string seasonId, string phase, IReadOnlyList<string>? panel = null, DateTimeOffset? entryDeadline = null, DateTimeOffset? judgingDeadline = null)
    {
        var now = DateTimeOffset.UtcNow;
        var season = new Season(seasonId, SnapshotId, phase, now.AddDays(-20), entryDeadline ?? now.AddHours(-1),
            phase is SeasonPhase.Entries or SeasonPhase.AwaitingPanel ? judgingDeadline : judgingDeadline ?? now.AddHours(1),
            panel ?? [], panel is null ? null : "HR1", "HR1");
        return await Seasons.CreateAsync(season);
    }

    /// <summary>An entry of a division as its head would save it, submitted unless <paramref name="submit"/> is false.</summary>
    public async Task<Entry> EntryAsync(string seasonId, string divisionCode, decimal hours, bool submit = true, string mission = "前例踏襲をやめ、課員が挑戦できる職場にする")
    {
        var n = divisionCode[1..];
        var bureau = n is "1" or "2" ? "B1" : n is "3" or "4" ? "B2" : "B3";
        var content = new EntryContent(mission, "重点：業務の棚卸し", "週1回の1on1とチームでの知識共有",
            [new StopWorkItem("紙の回覧", "電子決裁で足りるため", hours)], [new TeamInitiative("朝会", "毎朝10分", "残業が月5時間減った")]);
        var now = DateTimeOffset.UtcNow;
        var entry = new Entry(seasonId, divisionCode, $"第{n}課", bureau, $"{bureau}局", content, EntryStatus.Draft, now, $"H{n}", null, "");
        var saved = await Entries.SaveAsync(entry, "*");
        Assert.Equal(EntryWriteOutcome.Saved, saved.Outcome);
        if (!submit)
        {
            return saved.Entry!;
        }

        var submitted = await Entries.SubmitAsync(seasonId, divisionCode, $"H{n}", now, null);
        Assert.Equal(EntryWriteOutcome.Saved, submitted.Outcome);
        return submitted.Entry!;
    }

    /// <summary>The app's ranking service on the host's tables, as the season orchestration's ranking step runs it.</summary>
    public RankingService RankingService()
    {
        var organisation = Options.Create(new OrganisationOptions());
        var roster = new RosterDirectory(new RosterStore(Tables, organisation), organisation);
        var judging = new JudgingService(Seasons, Entries, Scores, roster, Options.Create(Settings), TimeProvider.System);
        return new RankingService(judging, NullLogger<RankingService>.Instance);
    }

    public Task<HttpClient> ClientAsync(string staffId, params string[] roles) => Host.ClientForAsync(staffId, roles);

    /// <summary>A complete score body giving every criterion of the shipped rubric the same score.</summary>
    public static object AllScores(int score, string comment = "") =>
        new { scores = Settings.Rubric.ToDictionary(c => c.Id, _ => score), comment };

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PutScoreAsync(HttpClient client, string seasonId, string divisionCode, object body) =>
        client.PutAsJsonAsync($"/api/team-up/seasons/{seasonId}/scores/{divisionCode}", body);

    private static TeamUpOptions LoadSettings()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "workflows", "team-up.json"))
            .Build();
        var options = new TeamUpOptions();
        configuration.GetSection(TeamUpOptions.Section).Bind(options);
        return options;
    }

    /// <summary>A browser signed in as the person (through the sign-in flow, as a person would), keeping cookies, not following redirects.</summary>
    public async Task<HttpClient> BrowserAsync(string staffId, params string[] roles)
    {
        return await BrowserSession.SignInAsync(Host.BaseUrl, staffId, roles);
    }

    /// <summary>The anti-forgery field of the first form on a page.</summary>
    public static string CsrfOf(string html)
    {
        var field = WebUtility.HtmlDecode(CsrfPattern().Match(html).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(field), "The page has no anti-forgery field.");
        return field;
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfPattern();
}
