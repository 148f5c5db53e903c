using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Benchmarks.Surveys;
using Transformation.Organisation;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Surveys;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Questionnaire;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Measurement;

namespace Transformation.Benchmarks.Load;

/// <summary>
/// <c>load survey</c>: a cycle launched by HR over the API on the real local host, then <c>--respondents</c> (200)
/// concurrent respondents for <c>--seconds</c> (120), each saving the draft (<c>PUT /api/survey/{token}</c>) and submitting
/// it (<c>POST /api/survey/{token}/submit</c>), then taking the next link. Every non-success is an error. Then the same
/// storage operations called directly in this process (the app's <see cref="SurveyAnswering"/>: open, check, save;
/// open, check, submit), same concurrency, same duration, same cycle: the ratio is the cost of the HTTP route.
/// The cycle's own invitations (<c>--staff</c>, 2,000, read from the outbox table) are topped up to <c>--links</c>
/// (80,000) links for each phase by the app's <see cref="SurveyInvitations"/>, as the invitation activity issues them
/// (a phase that runs out of links ends early and says so).
/// </summary>
public static class SurveyLoad
{
    private const string CycleId = "2026";

    public static async Task<int> RunAsync(LoadArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var respondents = args.Whole("respondents", 200);
        var duration = TimeSpan.FromSeconds(args.Whole("seconds", 120));
        var staff = args.Whole("staff", 2000);
        var links = args.Whole("links", 80_000);
        args.ThrowIfUnused();

        Log($"survey: {respondents} respondents for {duration.TotalSeconds:F0} s a phase; machine: {MachineNote.Now()}");
        await using var host = await LoadHost.StartAsync();
        await using var memory = new HostMemory(host.ProcessId ?? throw new InvalidOperationException("The local host has no process."));
        using var http = LoadHost.SharedClient(host);
        await using var services = SurveyServices.Build(host.TablePrefix);

        // 1. HR imports the roster and launches the cycle; the cycle invites everyone by mail.
        using (var hr = await host.ClientForAsync("HR1", "hr.admin"))
        {
            using (var csv = new StringContent(LargeRoster.Build(staff).Text(), Encoding.UTF8, "text/csv"))
            using (var imported = await hr.PostAsync("/api/organisation/roster", csv))
            {
                Ensure(imported.IsSuccessStatusCode, $"roster import: {(int)imported.StatusCode}");
            }

            using var launched = await hr.PostAsJsonAsync("/api/surveys/cycles", new { year = int.Parse(CycleId, CultureInfo.InvariantCulture) });
            Ensure(launched.IsSuccessStatusCode, $"launch: {(int)launched.StatusCode} {await launched.Content.ReadAsStringAsync()}");
        }

        var closesAt = await WaitForAnsweringAsync(host);
        var mailed = await MailedTokensAsync(LoadHost.TablesOf(host), staff);
        Log($"cycle {CycleId} answering until {closesAt:yyyy-MM-dd HH:mm}Z; {mailed.Count} links read from the invitation mails");

        var httpPool = new ConcurrentQueue<string>(mailed.Concat(await IssueAsync(services, "HX", links - mailed.Count, closesAt)));
        var directPool = new ConcurrentQueue<string>(await IssueAsync(services, "DX", links, closesAt));
        Log($"{httpPool.Count} links for the HTTP phase, {directPool.Count} for the direct phase; host RSS {memory.CurrentMiB:F0} MiB; "
            + MachineNote.Now());

        var questionnaire = services.GetRequiredService<QuestionnaireSource>().Current;
        var scores = questionnaire.Items.ToDictionary(i => i.Id, _ => 4, StringComparer.Ordinal);
        var comments = new Dictionary<string, string>(StringComparer.Ordinal) { [questionnaire.Categories[0].Id] = "忙しいが充実している" };

        // 2. Through the HTTP route.
        memory.Phase = "http";
        var body = new { scores, comments };
        var viaHttp = await RunPhaseAsync("http", httpPool, respondents, duration, async (token, times) =>
        {
            var started = Stopwatch.GetTimestamp();
            using (var saved = await http.PutAsJsonAsync($"/api/survey/{token}", body))
            {
                times.Save.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!saved.IsSuccessStatusCode)
                {
                    return $"save {(int)saved.StatusCode}";
                }
            }

            started = Stopwatch.GetTimestamp();
            using var submitted = await http.PostAsync($"/api/survey/{token}/submit", null);
            times.Submit.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return submitted.IsSuccessStatusCode ? null : $"submit {(int)submitted.StatusCode}";
        });
        var (httpRss, httpRssMax, _) = memory.Of("http");

        // 3. The same storage operations, called in this process.
        memory.Phase = "direct";
        var answering = services.GetRequiredService<SurveyAnswering>();
        var maxComment = services.GetRequiredService<IOptions<SurveyOptions>>().Value.MaxCommentLength;
        var scoreText = scores.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value.ToString(CultureInfo.InvariantCulture))).ToList();
        var commentText = comments.Select(c => KeyValuePair.Create(c.Key, (string?)c.Value)).ToList();
        var direct = await RunPhaseAsync("direct", directPool, respondents, duration, async (token, times) =>
        {
            var started = Stopwatch.GetTimestamp();
            var opened = await answering.OpenAsync(token);
            var check = AnswerRules.Check(questionnaire, scoreText, commentText, maxComment);
            if (opened.Session is not { } session || !check.IsValid || await answering.SaveDraftAsync(session, check.Answers!) is { } refusal)
            {
                return "save refused";
            }

            times.Save.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            opened = await answering.OpenAsync(token);
            if (opened.Session is not { } again || AnswerRules.CheckSubmission(again.Draft) is not null
                || await answering.SubmitAsync(again, again.Draft) is not null)
            {
                return "submit refused";
            }

            times.Submit.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return null;
        });

        Console.WriteLine();
        Console.WriteLine(Invariant($"== survey: {respondents} concurrent respondents, {duration.TotalSeconds:F0} s a phase =="));
        Console.WriteLine("phase    respondents  /s      errors  save p50/p95 ms   submit p50/p95 ms  submit max ms");
        Print(viaHttp);
        Print(direct);
        Console.WriteLine(
            Invariant($"HTTP/direct: submit p50 {viaHttp.Submit.P50 / direct.Submit.P50:F2}×, p95 {viaHttp.Submit.P95 / direct.Submit.P95:F2}×; ")
            + Invariant($"save p50 {viaHttp.Save.P50 / direct.Save.P50:F2}×; respondents a second {viaHttp.Rate / direct.Rate:F2}×"));
        Console.WriteLine(Invariant($"host RSS during the HTTP phase: median {httpRss:F0}, max {httpRssMax:F0} MiB; ")
            + Invariant($"peak (VmHWM) {memory.PeakMiB:F0} MiB; machine now: {MachineNote.Now()}"));
        return viaHttp.Errors == 0 && direct.Errors == 0 ? 0 : 1;
    }

    private static async Task<PhaseResult> RunPhaseAsync(string name, ConcurrentQueue<string> pool, int respondents, TimeSpan duration,
        Func<string, PhaseTimes, Task<string?>> respond)
    {
        var times = new PhaseTimes();
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var done = 0;
        var ranOut = false;
        var watch = Stopwatch.StartNew();
        var report = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, respondents).Select(_ => Task.Run(async () =>
        {
            while (watch.Elapsed < duration)
            {
                if (!pool.TryDequeue(out var token))
                {
                    ranOut = true;
                    return;
                }

                string? error;
                try
                {
                    error = await respond(token, times);
                }
                catch (HttpRequestException e)
                {
                    error = e.GetType().Name;
                }
                catch (TaskCanceledException)
                {
                    error = "timeout";
                }

                if (error is null)
                {
                    Interlocked.Increment(ref done);
                }
                else
                {
                    errors.AddOrUpdate(error, 1, (_, n) => n + 1);
                }

                if (report.Elapsed > TimeSpan.FromSeconds(15))
                {
                    report.Restart();
                    Log($"{name}: {done} respondents in {watch.Elapsed.TotalSeconds:F0} s; {MachineNote.Now()}");
                }
            }
        })));
        var elapsed = watch.Elapsed;
        var errorCount = errors.Values.Sum();
        if (errorCount > 0)
        {
            Log($"{name} errors: " + string.Join(", ", errors.Select(e => $"{e.Key} ×{e.Value}")));
        }

        if (ranOut)
        {
            Log($"{name}: the links ran out after {elapsed.TotalSeconds:F0} s (raise --links)");
        }

        return new PhaseResult(name, done, done / elapsed.TotalSeconds, errorCount, Latencies.Summarize(times.Save),
            Latencies.Summarize(times.Submit));
    }

    private static void Print(PhaseResult r) => Console.WriteLine(
        Invariant($"{r.Name,-8} {r.Respondents,11}  {r.Rate,6:F1}  {r.Errors,6}  {r.Save.P50,6:F0} / {r.Save.P95,-6:F0}   ")
        + Invariant($"{r.Submit.P50,6:F0} / {r.Submit.P95,-6:F0}   {r.Submit.Max,8:F0}"));

    private static async Task<DateTimeOffset> WaitForAnsweringAsync(LocalHostProcess host)
    {
        using var hr = await host.ClientForAsync("HR1", "hr.admin");
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            var cycle = await hr.GetFromJsonAsync<JsonElement>($"/api/surveys/cycles/{CycleId}");
            if (cycle.TryGetProperty("phase", out var phase) && phase.GetString() == "answering")
            {
                return cycle.GetProperty("closesAt").GetDateTimeOffset();
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException("The cycle did not reach the answering phase.");
    }

    /// <summary>The survey token of every invitation mail of the cycle, read from the outbox table (links only).</summary>
    private static async Task<List<string>> MailedTokensAsync(Transformation.Platform.Storage.Tables tables, int expected)
    {
        var outbox = await tables.GetAsync(MailOutbox.TableName);
        var prefix = $"survey:{CycleId}:invite";
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var tokens = new List<string>();
            var filter = TableClient.CreateQueryFilter($"BatchKey ge {prefix} and BatchKey lt {prefix + "~"}");
            await foreach (var row in outbox.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Links"]))
            {
                var found = JsonSerializer.Deserialize<List<string>>(row.GetString("Links") ?? "[]") ?? [];
                tokens.AddRange(found.Where(l => l.Contains("/survey/", StringComparison.Ordinal))
                    .Select(l => new Uri(l).AbsolutePath["/survey/".Length..]));
            }

            if (tokens.Count >= expected || watch.Elapsed > TimeSpan.FromMinutes(2))
            {
                return tokens;
            }

            await Task.Delay(1000);
        }
    }

    /// <summary>Links of the cycle for <paramref name="count"/> more people, issued by the app's invitation service.</summary>
    private static async Task<List<string>> IssueAsync(IServiceProvider services, string prefix, int count, DateTimeOffset closesAt)
    {
        if (count <= 0)
        {
            return [];
        }

        var people = Enumerable.Range(0, count).Select(i =>
        {
            var division = "D" + (i % 1000 + 1).ToString("D4", CultureInfo.InvariantCulture);
            var bureau = "B" + (i % 1000 % 60 + 1).ToString("D3", CultureInfo.InvariantCulture);
            var id = prefix + i.ToString(CultureInfo.InvariantCulture);
            return new StaffMember(id, "職員 " + id, id.ToLowerInvariant() + "@example.go.jp", bureau, bureau + "局", division, division + "課", "係員",
                null, Language.Ja);
        }).ToList();
        var issued = await services.GetRequiredService<SurveyInvitations>().InviteAsync(CycleId, people, closesAt);
        return issued.Links.Select(l => l.Token).ToList();
    }

    private static void Ensure(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Log(string message) => Console.WriteLine(Invariant($"[{DateTimeOffset.UtcNow:HH:mm:ss}] {message}"));

    private sealed class PhaseTimes
    {
        public ConcurrentBag<double> Save { get; } = [];

        public ConcurrentBag<double> Submit { get; } = [];
    }

    private sealed record PhaseResult(string Name, int Respondents, double Rate, int Errors, LatencySummary Save, LatencySummary Submit);
}
