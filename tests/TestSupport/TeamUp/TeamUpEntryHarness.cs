using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;
using Transformation.TeamUp.Seasons;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Support.TeamUp;

/// <summary>
/// Team-Up entries on a running local host: a small ministry (大臣官房 B1 with 総務課 D1 and 人事課 D2, 政策局 B2 with
/// 政策企画課 D3; heads H1–H3, staff E11, E21, E31, bureau coordinators C1 in B1 and C2 in B2), seasons written straight
/// into the host's tables with the deadlines a test needs, and JSON calls with If-Match.
/// </summary>
public sealed class TeamUpEntryHarness(LocalHostProcess host)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    public LocalHostProcess Host { get; } = host;

    /// <summary>The roster snapshot the seasons run on (set by <see cref="ImportRosterAsync"/>).</summary>
    public string SnapshotId { get; private set; } = "";

    public static RosterCsvBuilder Roster() => new RosterCsvBuilder()
        .Person("T1", null, "D0", "B0", grade: "事務次官", name: "山本 健一", divisionName: "次官室", bureauName: "本省")
        .Person("H1", "T1", "D1", "B1", grade: "課長", name: "高橋 直樹", divisionName: "総務課", bureauName: "大臣官房")
        .Person("E11", "H1", "D1", "B1", name: "田中 美穂", divisionName: "総務課", bureauName: "大臣官房")
        .Person("C1", "H1", "D1", "B1", name: "佐藤 和也", divisionName: "総務課", bureauName: "大臣官房")
        .Person("H2", "T1", "D2", "B1", grade: "課長", name: "小林 浩二", divisionName: "人事課", bureauName: "大臣官房")
        .Person("E21", "H2", "D2", "B1", name: "山田 花子", divisionName: "人事課", bureauName: "大臣官房", language: "en")
        .Person("H3", "T1", "D3", "B2", grade: "室長", name: "藤田 学", divisionName: "政策企画課", bureauName: "政策局")
        .Person("E31", "H3", "D3", "B2", name: "岡田 奈々", divisionName: "政策企画課", bureauName: "政策局")
        .Person("C2", "H3", "D3", "B2", name: "鈴木 一郎", divisionName: "政策企画課", bureauName: "政策局");

    public async Task ImportRosterAsync()
    {
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        using var content = new StringContent(Roster().Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        SnapshotId = json.RootElement.GetProperty("snapshotId").GetString()!;
    }

    public SeasonStore Seasons() =>
        new(new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = Host.TablePrefix })));

    /// <summary>A season open for entries until <paramref name="entryDeadlineUtc"/> (no orchestration runs for it).</summary>
    public async Task<Season> CreateSeasonAsync(string seasonId, DateTimeOffset entryDeadlineUtc, string phase = SeasonPhase.Entries)
    {
        var now = DateTimeOffset.UtcNow;
        return await Seasons().CreateAsync(new Season(seasonId, SnapshotId, phase, now, entryDeadlineUtc, null, [], null, "HR1"));
    }

    public Task<HttpClient> ClientAsync(string staffId, params string[] roles) => Host.ClientForAsync(staffId, roles);

    /// <summary>A save with the ETag read; without one, a first save (If-None-Match: *), as the API asks.</summary>
    public static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation(ifMatch is null ? "If-None-Match" : "If-Match", ifMatch ?? "*");
        return await client.SendAsync(request);
    }

    /// <summary>Sends a request as a first save (If-None-Match: *).</summary>
    public static Task<HttpResponseMessage> SendCreateAsync(HttpClient client, HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.TryAddWithoutValidation("If-None-Match", "*");
        return client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path + "/submit");
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static string? ETagOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("ETag", out var values) ? values.FirstOrDefault() : null;

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    /// <summary>Waits until the clock has passed <paramref name="instant"/> (and a little more, for the host's clock).</summary>
    public static async Task PassAsync(DateTimeOffset instant)
    {
        var left = instant - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300);
        Assert.True(left < Wait, $"The test waits at most {Wait} for a deadline.");
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }
    }
}
