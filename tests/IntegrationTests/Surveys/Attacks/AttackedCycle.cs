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
/// just after the close.
/// </summary>
public sealed class AttackedCycle : IAsyncLifetime
{
    public static readonly string[] D1 = [.. Enumerable.Range(1, 9).Select(i => $"E1{i:00}")];
    public static readonly string[] D2 = [.. Enumerable.Range(1, 6).Select(i => $"E2{i:00}")];
    public static readonly string[] D3 = ["E301", "E302"];
    public const string DraftOnly = "E207";
    public const string Late = "E208";

    private SurveyCycleHarness? _cycle;

    public SurveyCycleHarness Cycle => _cycle!;

    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Comment text by respondent, in the order they were submitted.</summary>
    public List<(string StaffId, string Comment)> Submitted { get; } = [];

    public DateTimeOffset ClosedAt { get; private set; }

    public HttpStatusCode LateAnswer { get; private set; }

    public Dictionary<string, List<TableEntity>> Tables { get; } = new(StringComparer.Ordinal);

    public string Log { get; private set; } = "";

    // Unique per person (to follow it), but naming nobody: a number, not the staff id.
    public static string CommentOf(string staffId) =>
        $"意見{SurveyCycleHarness.Staff.ToList().IndexOf(staffId) + 500}番：会議の資料を前日までに共有してほしい";

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
        await Cycle.LaunchAsync(2026);
        foreach (var id in SurveyCycleHarness.Staff)
        {
            Tokens[id] = SurveyCycleHarness.TokenOf(await Cycle.WaitForMailAsync(id, "2026", "invite"));
        }

        foreach (var (id, n) in D1.Concat(D2).Concat(D3).Select((id, n) => (id, n)))
        {
            await AnswerAsync(id, skipHalf: n % 3 == 0, submit: true);
        }

        await AnswerAsync(DraftOnly, skipHalf: true, submit: false);
        await AnswerAsync(Late, skipHalf: false, submit: false);
        await CloseAsync();
        LateAnswer = await SubmitLateAsync();
        await WaitForResultsAsync();
        await ReadTablesAsync();
        Log = Cycle.Host.Output;
    }

    /// <summary>The rows of the app's table of that name (without the run's prefix).</summary>
    public IReadOnlyList<TableEntity> Table(string name) => Tables.GetValueOrDefault(Cycle.Host.TablePrefix + name) ?? [];

    public async Task<JsonElement> ResultsAsync(string group)
    {
        using var hr = await Cycle.HrAsync();
        return await hr.GetFromJsonAsync<JsonElement>($"/api/surveys/2026/results?group={group}");
    }

    private async Task AnswerAsync(string id, bool skipHalf, bool submit)
    {
        var token = Tokens[id];
        var survey = await Cycle.Host.Http.GetFromJsonAsync<JsonElement>($"/api/survey/{token}");
        var items = survey.GetProperty("categories").EnumerateArray()
            .SelectMany(c => c.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetString()!).ToList();
        var scores = items.Where((_, i) => !skipHalf || i % 2 == 0).ToDictionary(i => i, i => 1 + Math.Abs(i.GetHashCode() + id.Length) % 5);
        var category = survey.GetProperty("categories")[0].GetProperty("id").GetString()!;
        var comment = submit || id == Late ? CommentOf(id) : DraftComment;
        using var put = await Cycle.Host.Http.PutAsJsonAsync($"/api/survey/{token}", new { scores, comments = new Dictionary<string, string> { [category] = comment } });
        Assert.True(put.IsSuccessStatusCode, $"Saving failed: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");
        if (submit)
        {
            using var posted = await Cycle.Host.Http.PostAsync($"/api/survey/{token}/submit", null);
            Assert.True(posted.IsSuccessStatusCode, $"Submitting failed: {(int)posted.StatusCode} {await posted.Content.ReadAsStringAsync()}");
            Submitted.Add((id, comment));
        }
    }

    private async Task CloseAsync()
    {
        using var hr = await Cycle.HrAsync();
        using var close = await hr.PostAsync("/api/surveys/cycles/2026/close", null);
        Assert.Equal(HttpStatusCode.Accepted, close.StatusCode);
        ClosedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
    }

    private async Task<HttpStatusCode> SubmitLateAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        using var posted = await Cycle.Host.Http.PostAsync($"/api/survey/{Tokens[Late]}/submit", null);
        return posted.StatusCode;
    }

    private async Task WaitForResultsAsync()
    {
        using var hr = await Cycle.HrAsync();
        var until = DateTime.UtcNow + SurveyCycleHarness.Wait;
        while (DateTime.UtcNow < until)
        {
            using var response = await hr.GetAsync("/api/surveys/2026/results");
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
