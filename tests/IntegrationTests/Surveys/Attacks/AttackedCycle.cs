using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Attacks;

/// <summary>
/// One whole survey cycle on the local host, run as people would, then everything an adversary could hold after
/// it: every table, the host's log at Debug, and the results HR may read. D1 (14 people) and D2 (13) are shown,
/// D3 (3) is too small. Some skip items, most write a comment, one saves a draft and never submits, one answers
/// just after the close. Last year's cycle (2025) ran first on the same roster: D2 and D3 answered in full, D1 only
/// four people, so last year's D1 was hidden and this year's is shown.
/// </summary>
public sealed class AttackedCycle : IAsyncLifetime
{
    public static readonly string[] D1 = [.. Enumerable.Range(1, 9).Select(i => $"E1{i:00}")];
    public static readonly string[] D2 = [.. Enumerable.Range(1, 6).Select(i => $"E2{i:00}")];
    public static readonly string[] D3 = ["E301", "E302"];
    public const string DraftOnly = "E207";
    public const string Late = "E208";
    public const string LastYear = "2025";
    public const string ThisYear = "2026";

    /// <summary>Who answered last year: four of D1, all of D2 and D3.</summary>
    public static readonly string[] AnsweredLastYear = [.. D1[..4], .. D2, .. D3];

    private SurveyCycleHarness? _cycle;

    public SurveyCycleHarness Cycle => _cycle!;

    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> LastYearTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Comment text by respondent, in the order they were submitted.</summary>
    public List<(string StaffId, string Comment)> Submitted { get; } = [];

    public DateTimeOffset ClosedAt { get; private set; }

    public HttpStatusCode LateAnswer { get; private set; }

    public Dictionary<string, List<TableEntity>> Tables { get; } = new(StringComparer.Ordinal);

    public string Log { get; private set; } = "";

    // Unique per person and year (to follow it), but naming nobody: a number, not the staff id.
    public static string CommentOf(string staffId, string year = ThisYear) =>
        $"意見{SurveyCycleHarness.Staff.ToList().IndexOf(staffId) + (year == ThisYear ? 500 : 700)}番：会議の資料を前日までに共有してほしい";

    public static string DraftComment => "下書きのまま残した意見";

    public async Task InitializeAsync()
    {
        _cycle = new SurveyCycleHarness(await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Surveys__Cycle__AnswerPeriod"] = "00:05:00",
            ["Surveys__ReleaseGraceSeconds"] = "2",
            ["Logging__LogLevel__Default"] = "Debug",
        }));
        await Cycle.ImportRosterAsync();
        await RunLastYearAsync();
        await InviteAsync(ThisYear, Tokens);
        foreach (var (id, n) in D1.Concat(D2).Concat(D3).Select((id, n) => (id, n)))
        {
            await AnswerAsync(ThisYear, id, Tokens[id], skipHalf: n % 3 == 0, submit: true);
        }

        await AnswerAsync(ThisYear, DraftOnly, Tokens[DraftOnly], skipHalf: true, submit: false);
        await AnswerAsync(ThisYear, Late, Tokens[Late], skipHalf: false, submit: false);
        ClosedAt = await CloseAsync(ThisYear);
        LateAnswer = await SubmitLateAsync();
        await WaitForResultsAsync(ThisYear);
        await ReadTablesAsync();
        Log = Cycle.Host.Output;
    }

    /// <summary>This year's rows of the app's table of that name (without the run's prefix).</summary>
    public IReadOnlyList<TableEntity> Table(string name) => Table(name, ThisYear);

    /// <summary>The rows of one cycle in the app's table of that name: their partitions begin with the cycle id.</summary>
    public IReadOnlyList<TableEntity> Table(string name, string year) =>
        [.. (Tables.GetValueOrDefault(Cycle.Host.TablePrefix + name) ?? []).Where(r => r.PartitionKey.StartsWith(year + "|", StringComparison.Ordinal))];

    public Task<JsonElement> ResultsAsync(string group) => ResultsAsync(ThisYear, group);

    public async Task<JsonElement> ResultsAsync(string year, string group)
    {
        using var hr = await Cycle.HrAsync();
        return await hr.GetFromJsonAsync<JsonElement>($"/api/surveys/{year}/results?group={group}");
    }

    private async Task RunLastYearAsync()
    {
        await InviteAsync(LastYear, LastYearTokens);
        foreach (var (id, n) in AnsweredLastYear.Select((id, n) => (id, n)))
        {
            await AnswerAsync(LastYear, id, LastYearTokens[id], skipHalf: n % 4 == 0, submit: true);
        }

        await CloseAsync(LastYear);
        await WaitForResultsAsync(LastYear);
    }

    private async Task InviteAsync(string year, Dictionary<string, string> tokens)
    {
        await Cycle.LaunchAsync(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var id in SurveyCycleHarness.Staff)
        {
            tokens[id] = SurveyCycleHarness.TokenOf(await Cycle.WaitForMailAsync(id, year, "invite"));
        }
    }

    private async Task AnswerAsync(string year, string id, string token, bool skipHalf, bool submit)
    {
        var survey = await Cycle.Host.Http.GetFromJsonAsync<JsonElement>($"/api/survey/{token}");
        var items = survey.GetProperty("categories").EnumerateArray()
            .SelectMany(c => c.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetString()!).ToList();
        var scores = items.Where((_, i) => !skipHalf || i % 2 == 0)
            .ToDictionary(i => i, i => 1 + Math.Abs(i.GetHashCode() + id.Length + (year == ThisYear ? 0 : i.Length)) % 5);
        var category = survey.GetProperty("categories")[0].GetProperty("id").GetString()!;
        var comment = submit || id == Late ? CommentOf(id, year) : DraftComment;
        using var put = await Cycle.Host.Http.PutAsJsonAsync($"/api/survey/{token}", new { scores, comments = new Dictionary<string, string> { [category] = comment } });
        Assert.True(put.IsSuccessStatusCode, $"Saving failed: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");
        if (submit)
        {
            using var posted = await Cycle.Host.Http.PostAsync($"/api/survey/{token}/submit", null);
            Assert.True(posted.IsSuccessStatusCode, $"Submitting failed: {(int)posted.StatusCode} {await posted.Content.ReadAsStringAsync()}");
            if (year == ThisYear)
            {
                Submitted.Add((id, comment));
            }
        }
    }

    private async Task<DateTimeOffset> CloseAsync(string year)
    {
        using var hr = await Cycle.HrAsync();
        using var close = await hr.PostAsync($"/api/surveys/cycles/{year}/close", null);
        Assert.Equal(HttpStatusCode.Accepted, close.StatusCode);
        return DateTimeOffset.UtcNow.AddSeconds(-1);
    }

    private async Task<HttpStatusCode> SubmitLateAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        using var posted = await Cycle.Host.Http.PostAsync($"/api/survey/{Tokens[Late]}/submit", null);
        return posted.StatusCode;
    }

    private async Task WaitForResultsAsync(string year)
    {
        using var hr = await Cycle.HrAsync();
        var until = DateTime.UtcNow + SurveyCycleHarness.Wait;
        while (DateTime.UtcNow < until)
        {
            using var response = await hr.GetAsync($"/api/surveys/{year}/results");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The results were not published.{Environment.NewLine}{Cycle.Host.Output}");
    }

    private async Task ReadTablesAsync()
    {
        var tables = new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = Cycle.Host.TablePrefix }));
        await foreach (var table in tables.Service.QueryAsync())
        {
            // The app's tables, and the durable task hub's (orchestration history and instances).
            if (!table.Name.StartsWith(Cycle.Host.TablePrefix, StringComparison.Ordinal)
                && !table.Name.StartsWith(Cycle.Host.HubName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rows = new List<TableEntity>();
            await foreach (var row in tables.Service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                rows.Add(row);
            }

            Tables[table.Name] = rows;
        }
    }

    public async Task DisposeAsync()
    {
        if (_cycle is not null)
        {
            await _cycle.Host.DisposeAsync();
        }
    }
}
