using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Transformation.Benchmarks.Surveys;
using Transformation.CareSheets.Approval;
using Transformation.Platform.Mail;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;
using Transformation.Tests.Support.Measurement;

namespace Transformation.Benchmarks.Load;

/// <summary>
/// <c>load care-sheets</c>: many sheets waiting for approval on the local durable engine, then decided at a steady
/// rate through the signed-in API (<c>POST /api/care-sheets/{id}/decision</c>, the approver's bearer token). For each
/// decision: the time from sending it until the employee's notification exists in the local outbox (the row's
/// storage Timestamp), and the host process's memory. Options: <c>--sheets</c> (10,000), <c>--rate</c> decisions a
/// second (20), <c>--decisions</c> how many of the waiting sheets are decided (all), <c>--submit-concurrency</c> (16), <c>--poll-ms</c> outbox polling (1,000), <c>--profile</c> sheets
/// whose durable history is read to split the time into steps (200).
/// </summary>
public static class CareSheetLoad
{
    private const int Heads = 1000;

    public static async Task<int> RunAsync(LoadArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sheets = args.Whole("sheets", 10_000);
        var rate = args.Number("rate", 20);
        var decided = args.Whole("decisions", sheets);
        var submitConcurrency = args.Whole("submit-concurrency", 16);
        var poll = TimeSpan.FromMilliseconds(args.Whole("poll-ms", 1000));
        var profile = args.Whole("profile", 200);
        args.ThrowIfUnused();

        Log($"care sheets: {sheets} sheets, {decided} decisions at {rate}/s; machine: {MachineNote.Now()}");
        await using var host = await LoadHost.StartAsync();
        await using var memory = new HostMemory(host.ProcessId ?? throw new InvalidOperationException("The local host has no process."));
        using var http = LoadHost.SharedClient(host);
        var outbox = await LoadHost.TablesOf(host).GetAsync(MailOutbox.TableName);
        await using var watcher = new OutboxWatcher(outbox, poll, DateTimeOffset.UtcNow.AddMinutes(-1));
        var total = Stopwatch.StartNew();

        // 1. The roster: 1,000 heads (the approvers), then one employee a sheet, ten or so under each head.
        memory.Phase = "roster";
        using (var hr = await host.ClientForAsync("HR1", "hr.admin"))
        using (var csv = new StringContent(LargeRoster.Build(sheets + Heads + 1).Text(), Encoding.UTF8, "text/csv"))
        using (var imported = await hr.PostAsync("/api/organisation/roster", csv))
        {
            Ensure(imported.IsSuccessStatusCode, $"roster import: {(int)imported.StatusCode} {await imported.Content.ReadAsStringAsync()}");
        }

        var employees = Enumerable.Range(Heads + 1, sheets).Select(i => "S" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var heads = Enumerable.Range(0, Heads).Select(d => "HD" + (d + 1).ToString("D4", CultureInfo.InvariantCulture)).ToList();
        var tokens = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(employees.Concat(heads), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) =>
            tokens[id] = await host.TokenAsync(id, "employee"));
        Log($"roster of {sheets + Heads + 1} imported and {tokens.Count} tokens issued at {total.Elapsed.TotalSeconds:F0} s; host RSS {memory.CurrentMiB:F0} MiB");

        // 2. Every employee submits a sheet, a bounded number at a time.
        memory.Phase = "submit";
        var submitted = new ConcurrentBag<(string Id, string Owner, string Approver)>();
        var submitTimes = new ConcurrentBag<double>();
        var submitCpuBefore = memory.CpuTime;
        var submitWatch = Stopwatch.StartNew();
        var today = CareSheetRequests.TodayInJapan();
        await Parallel.ForEachAsync(employees, new ParallelOptions { MaxDegreeOfParallelism = submitConcurrency }, async (employee, cancellationToken) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/care-sheets") { Content = JsonContent.Create(CareSheetRequests.Childcare(today)) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[employee]);
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            Ensure(response.StatusCode == HttpStatusCode.Created, $"submission by {employee}: {(int)response.StatusCode} {text}");
            submitTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            using var json = JsonDocument.Parse(text);
            var approver = json.RootElement.GetProperty("approvers")[0].GetString()!;
            submitted.Add((json.RootElement.GetProperty("id").GetString()!, employee, approver));
        });
        var submitSeconds = submitWatch.Elapsed.TotalSeconds;
        Log($"{sheets} submitted in {submitSeconds:F0} s ({sheets / submitSeconds:F1}/s), request p50/p95 {Ms(Latencies.Summarize(submitTimes))}");

        // 3. Until every sheet's workflow has mailed its approver: then each waits for a decision.
        await WaitAsync(() => watcher.Count(k => k.Contains(":v1:request:", StringComparison.Ordinal)), sheets, "approval requests mailed", memory, watcher, TimeSpan.FromMinutes(5));
        var waitingSeconds = submitWatch.Elapsed.TotalSeconds;
        var submitCpu = memory.CpuTime - submitCpuBefore;
        memory.Phase = "waiting";
        await Task.Delay(TimeSpan.FromSeconds(15));
        var waitingRss = memory.CurrentMiB;
        Log($"all {sheets} waiting for approval {waitingSeconds:F0} s after the first submission; host RSS {waitingRss:F0} MiB (peak so far {memory.PeakMiB:F0} MiB)");

        // 4. Decisions at a steady rate, each by the sheet's approver, through the API.
        memory.Phase = "decide";
        // Spread over the heads (every n-th sheet in roster order), so a partial run decides across the whole roster.
        var every = Math.Max(1, submitted.Count / Math.Max(1, decided));
        var order = submitted.OrderBy(s => s.Owner, StringComparer.Ordinal).Where((_, i) => i % every == 0).Take(decided).ToList();
        var decisions = new Decision[order.Count];
        var cpuBefore = memory.CpuTime;
        var pace = Stopwatch.StartNew();
        var inFlight = new List<Task>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due > pace.Elapsed)
            {
                await Task.Delay(due - pace.Elapsed);
            }

            var index = i;
            inFlight.Add(Task.Run(async () => decisions[index] = await DecideAsync(http, order[index], tokens[order[index].Approver])));
        }

        await Task.WhenAll(inFlight);
        var sendSeconds = pace.Elapsed.TotalSeconds;
        var refused = decisions.Count(d => !d.Accepted);
        Log($"{order.Count} decisions sent in {sendSeconds:F0} s ({order.Count / sendSeconds:F1}/s), {refused} refused");

        await WaitAsync(() => order.Count(s => watcher.TryGet(OutcomeKey(s), out _)), order.Count, "employee notifications", memory, watcher, TimeSpan.FromMinutes(5));
        var decideCpu = memory.CpuTime - cpuBefore;
        var decideWall = pace.Elapsed;
        memory.Phase = "done";

        // 5. Figures.
        var latencies = new List<double>(order.Count);
        var lastMail = DateTimeOffset.MinValue;
        for (var i = 0; i < order.Count; i++)
        {
            if (watcher.TryGet(OutcomeKey(order[i]), out var mailed))
            {
                latencies.Add((mailed - decisions[i].SentAt).TotalMilliseconds);
                lastMail = mailed > lastMail ? mailed : lastMail;
            }
        }

        var endToEnd = Latencies.Summarize(latencies);
        var requestTimes = Latencies.Summarize(decisions.Select(d => (d.RespondedAt - d.SentAt).TotalMilliseconds));
        var (decideMedian, decideMax, _) = memory.Of("decide");
        var throughput = latencies.Count / (lastMail - decisions[0].SentAt).TotalSeconds;
        Console.WriteLine();
        Console.WriteLine("== care sheets: decision → employee notification ==");
        Console.WriteLine(Invariant($"sheets {sheets}, decisions sent at {order.Count / sendSeconds:F1}/s (asked {rate}/s), notifications found {latencies.Count}, refused {refused}"));
        Console.WriteLine(Invariant($"decision → notification: p50 {endToEnd.P50:F0} ms, p95 {endToEnd.P95:F0} ms, p99 {endToEnd.P99:F0} ms, max {endToEnd.Max:F0} ms, mean {endToEnd.Mean:F0} ms"));
        Console.WriteLine(Invariant($"decision request (HTTP): p50 {requestTimes.P50:F0} ms, p95 {requestTimes.P95:F0} ms, max {requestTimes.Max:F0} ms"));
        Console.WriteLine(Invariant($"notifications: {throughput:F1}/s from the first decision to the last mail"));
        Console.WriteLine(Invariant($"submission: {sheets / submitSeconds:F1} sheets/s, all waiting after {waitingSeconds:F0} s; host CPU {submitCpu.TotalSeconds:F0} s ({submitCpu.TotalMilliseconds / sheets:F0} ms a sheet)"));
        Console.WriteLine(Invariant($"host RSS: {waitingRss:F0} MiB with all waiting; decision phase median {decideMedian:F0}, max {decideMax:F0} MiB; peak (VmHWM) {memory.PeakMiB:F0} MiB"));
        Console.WriteLine(Invariant($"host CPU in the decision phase: {decideCpu.TotalSeconds:F0} s in {decideWall.TotalSeconds:F0} s = {decideCpu / decideWall * 100:F0} % of one core ({decideCpu.TotalMilliseconds / order.Count:F0} ms a decision)"));
        Console.WriteLine(Invariant($"outbox polls {watcher.Polls}, rows read {watcher.RowsRead}; machine now: {MachineNote.Now()}"));

        if (profile > 0)
        {
            await ProfileAsync(host, order, decisions, watcher, profile);
        }

        return latencies.Count == order.Count && refused == 0 ? 0 : 1;
    }

    /// <summary>
    /// Splits the time of a sample of decisions into steps, from the durable history's own rows (their storage
    /// Timestamps): the decision request; until the orchestration's episode that took the event was stored; until the
    /// mail was written (the activity picked up and run). Read after the run, so it does not load it.
    /// </summary>
    private static async Task ProfileAsync(LocalHostProcess host, List<(string Id, string Owner, string Approver)> order, Decision[] decisions,
        OutboxWatcher watcher, int sample)
    {
        var history = new TableServiceClient(BenchmarkStorage.ConnectionString).GetTableClient(host.HubName + "History");
        var step = Math.Max(1, order.Count / sample);
        var request = new List<double>();
        var toEpisode = new List<double>();
        var toMail = new List<double>();
        var episodeToConcludeDone = new List<double>();
        for (var i = 0; i < order.Count; i += step)
        {
            var instance = ApprovalRun.InstanceIdOf(order[i].Id, 1);
            DateTimeOffset? raised = null;
            DateTimeOffset? concluded = null;
            var concludeId = -1;
            await foreach (var row in history.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {instance}"),
                               select: ["Timestamp", "EventType", "Name", "EventId", "TaskScheduledId"]))
            {
                switch (row.GetString("EventType"))
                {
                    case "EventRaised" when row.GetString("Name") == SheetSignal.EventName:
                        raised ??= row.Timestamp;
                        break;
                    case "TaskScheduled" when row.GetString("Name") == nameof(CareSheetActivities.CareSheetConclude):
                        concludeId = row.GetInt32("EventId") ?? -1;
                        break;
                    case "TaskCompleted" when row.GetInt32("TaskScheduledId") == concludeId:
                        concluded = row.Timestamp;
                        break;
                }
            }

            if (raised is null || !watcher.TryGet(OutcomeKey(order[i]), out var mailed))
            {
                continue;
            }

            var d = decisions[i];
            request.Add((d.RespondedAt - d.SentAt).TotalMilliseconds);
            toEpisode.Add((raised.Value - d.RespondedAt).TotalMilliseconds);
            toMail.Add((mailed - raised.Value).TotalMilliseconds);
            if (concluded is { } done)
            {
                episodeToConcludeDone.Add((done - mailed).TotalMilliseconds);
            }
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"== where the time goes ({request.Count} decisions sampled; storage Timestamps of the durable history) =="));
        Console.WriteLine("step                                                        p50 ms   p95 ms");
        Row("decision request (store decision, audit, raise event)", request);
        Row("response → orchestration episode with the event stored", toEpisode);
        Row("that episode → employee mail written (activity queued, run)", toMail);
        Row("(after) mail written → activity result stored in history", episodeToConcludeDone);
    }

    private static void Row(string name, List<double> values)
    {
        var s = Latencies.Summarize(values);
        Console.WriteLine(Invariant($"{name,-58} {s.P50,7:F0}  {s.P95,7:F0}"));
    }

    private static async Task<Decision> DecideAsync(HttpClient http, (string Id, string Owner, string Approver) sheet, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/care-sheets/{sheet.Id}/decision")
        {
            Content = JsonContent.Create(new { decision = "approve", version = 1 }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var sentAt = DateTimeOffset.UtcNow;
        try
        {
            using var response = await http.SendAsync(request);
            var ok = response.IsSuccessStatusCode;
            if (!ok)
            {
                Log($"decision on {sheet.Id} refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            return new Decision(sentAt, DateTimeOffset.UtcNow, ok);
        }
        catch (HttpRequestException e)
        {
            Log($"decision on {sheet.Id} failed: {e.Message}");
            return new Decision(sentAt, DateTimeOffset.UtcNow, false);
        }
    }

    private static string OutcomeKey((string Id, string Owner, string Approver) sheet) => $"caresheet:{sheet.Id}:v1:outcome:{sheet.Owner}";

    /// <summary>Waits until <paramref name="count"/> reaches <paramref name="target"/>, reporting every 10 s; gives up after <paramref name="stall"/> without progress.</summary>
    private static async Task WaitAsync(Func<int> count, int target, string what, HostMemory memory, OutboxWatcher watcher, TimeSpan stall)
    {
        var last = -1;
        var sinceProgress = Stopwatch.StartNew();
        var report = Stopwatch.StartNew();
        while (true)
        {
            var now = count();
            if (now >= target)
            {
                return;
            }

            if (now != last)
            {
                last = now;
                sinceProgress.Restart();
            }

            if (sinceProgress.Elapsed > stall)
            {
                throw new TimeoutException($"{what}: {now} of {target}, no progress for {stall}.");
            }

            if (report.Elapsed > TimeSpan.FromSeconds(10))
            {
                Log($"{what}: {now} of {target}; host RSS {memory.CurrentMiB:F0} MiB; outbox polls {watcher.Polls}, rows read {watcher.RowsRead}, {watcher.Seen}{(watcher.LastError is { } error ? ", last poll failed: " + error : "")}; {MachineNote.Now()}");
                report.Restart();
            }

            await Task.Delay(500);
        }
    }

    private static void Ensure(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static string Ms(LatencySummary s) => Invariant($"{s.P50:F0}/{s.P95:F0} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Log(string message) => Console.WriteLine(Invariant($"[{DateTimeOffset.UtcNow:HH:mm:ss}] {message}"));

    private readonly record struct Decision(DateTimeOffset SentAt, DateTimeOffset RespondedAt, bool Accepted);
}
