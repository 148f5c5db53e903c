using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Organisation;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.Benchmarks.ThreeSixty;

/// <summary>
/// A ministry-sized round's reports from storage: 5,000 subjects and about 60,000 released answers in
/// "ThreeSixtyAnswers" (partition "{round}|{subject}", as the release writes them). <see cref="RawScan"/> is the
/// least any pass must do: one range query over the round's partitions, every row read and its scores decoded.
/// <see cref="BuildReports"/> is what the round's activities do: the sorted subjects in chunks of 500, each chunk's
/// <see cref="ReportPublisher.BuildAsync"/> (a few chunks at a time, as the orchestration's fan-out runs them), then
/// <see cref="ReportPublisher.BuildNormsAsync"/> from the chunks' contributions. Target: building ≤ 2× the raw scan.
/// <see cref="ChunkReads"/> is the reading part of the build alone, <see cref="ReportWrites"/> the writing part.
/// </summary>
[Config(typeof(ReportStorageJob))]
public class ThreeSixtyReportStorageBenchmarks
{
    private const string RoundId = "2026";
    private const int ChunkSize = 500;
    private static readonly string[] Grades = ["課長", "室長", "企画官", "参事官", "課長補佐"];
    private ServiceProvider _services = null!;
    private ReportPublisher _publisher = null!;
    private Round _round = null!;
    private List<string> _subjectIds = [];
    private TableClient _answers = null!;
    private List<ThreeSixtyReport> _reports = [];

    [Params(5_000)]
    public int Subjects { get; set; }

    /// <summary>Chunk activities running at once (the worker's concurrent activities on one small instance).</summary>
    [Params(4)]
    public int ChunksAtOnce { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _subjectIds = [.. Enumerable.Range(0, Subjects).Select(s => $"S-{s:00000}")];
        var staff = _subjectIds.Select((id, s) => new StaffMember(id, "職員 " + id, id.ToLowerInvariant() + "@example.go.jp", "100", "大臣官房",
            "1010", "秘書課", Grades[s % Grades.Length], null, Transformation.Platform.Localization.Language.Ja)).ToList();
        _services = ThreeSixtyServices.Build(Azurite.UniquePrefix(), staff);
        _publisher = _services.GetRequiredService<ReportPublisher>();
        var now = DateTimeOffset.UtcNow;
        await _services.GetRequiredService<RoundStore>().CreateAsync(
            new Round(RoundId, ThreeSixtyServices.SnapshotId, RoundPhase.Nominating, now, now.AddDays(-1), "benchmark"));
        _round = (await _services.GetRequiredService<RoundStore>().GetAsync(RoundId))!;
        _answers = await _services.GetRequiredService<Tables>().GetAsync(RatingRelease.AnswerTable);

        var items = _services.GetRequiredService<RatingQuestionnaireSource>().Current.Items.Select(i => i.Id).ToArray();
        var random = new Random(360);
        var partitions = new List<List<TableEntity>>();
        foreach (var id in _subjectIds)
        {
            // 12 answers a subject on average: self, supervisor, 2–7 subordinates, the rest peers.
            var subordinates = Math.Min(2 + random.Next(9), 7);
            var groups = new List<Transformation.ThreeSixty.Assignments.RaterGroup> { Transformation.ThreeSixty.Assignments.RaterGroup.Self,
                Transformation.ThreeSixty.Assignments.RaterGroup.Supervisor };
            groups.AddRange(Enumerable.Repeat(Transformation.ThreeSixty.Assignments.RaterGroup.Subordinate, subordinates));
            groups.AddRange(Enumerable.Repeat(Transformation.ThreeSixty.Assignments.RaterGroup.Peer, 10 - subordinates));
            var partition = RatingAnswering.AnswerPartitionKey(RoundId, id);
            partitions.Add([.. groups.Select(group => Row(partition, id, group))]);
        }

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (rows, ct) =>
            await _answers.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct));
        Console.WriteLine(
            $"// Setup: {partitions.Sum(p => p.Count)} answer rows of {Subjects} subjects written in {clock.Elapsed.TotalSeconds:F1} s");

        TableEntity Row(string partition, string subjectId, Transformation.ThreeSixty.Assignments.RaterGroup group)
        {
            var scores = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                // About one score in ten is "cannot judge".
                if (random.Next(10) != 0)
                {
                    scores[item] = 1 + random.Next(5);
                }
            }

            // The properties the release writes (RatingAnswers.ToRow).
            return new TableEntity(partition, Guid.NewGuid().ToString("N"))
            {
                ["SubjectId"] = subjectId,
                ["Group"] = group.ToString(),
                ["Scores"] = JsonSerializer.Serialize(scores),
                ["Strengths"] = random.Next(3) == 0 ? "判断が早く、方針の説明が明快です。" : null,
                ["Suggestions"] = random.Next(4) == 0 ? "会議の資料を前日までに共有していただけると助かります。" : null,
                ["QuestionnaireVersion"] = "benchmark",
            };
        }
    }

    [Benchmark(Baseline = true)]
    public int RawScan() => RawScanAsync().GetAwaiter().GetResult();

    private async Task<int> RawScanAsync()
    {
        var rows = 0;
        var scores = 0L;
        var filter = $"PartitionKey ge {TableKeys.Quote(RoundId + "|")} and PartitionKey lt {TableKeys.Quote(RoundId + "}")}";
        await foreach (var row in _answers.QueryAsync<TableEntity>(filter, 1000))
        {
            rows++;
            scores += JsonSerializer.Deserialize<Dictionary<string, int>>(row.GetString("Scores") ?? "{}")!.Values.Sum();
        }

        Console.WriteLine($"// Raw scan: {rows} rows, score sum {scores}");
        return rows;
    }

    [Benchmark]
    public int BuildReports() => BuildReportsAsync().GetAwaiter().GetResult();

    private async Task<int> BuildReportsAsync()
    {
        var built = new ConcurrentBag<ReportChunk>();
        var sorted = _subjectIds.Order(StringComparer.Ordinal).ToList();
        var chunks = sorted.Chunk(ChunkSize).Select((ids, index) => (Ids: ids, Span: ReportSpan.OfChunk(sorted, index, ChunkSize))).ToList();
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = ChunksAtOnce }, async (chunk, ct) =>
            built.Add(await _publisher.BuildAsync(_round, chunk.Ids, chunk.Span, ct)));
        await _publisher.BuildNormsAsync(_round, [.. built.Select(c => c.Norms)], CancellationToken.None);
        var reports = built.Sum(c => c.Reports);
        Console.WriteLine($"// Built: {reports} reports in {chunks.Count} chunks, then the norms from their contributions");
        return reports;
    }

    /// <summary>
    /// A round's first build: <see cref="BuildReports"/> with no report or norm of the round stored yet (each iteration's setup
    /// removes them, unmeasured), as the close of a real round finds it. <see cref="BuildReports"/> itself is a rebuild.
    /// </summary>
    [Benchmark]
    public int FirstBuild() => BuildReportsAsync().GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(FirstBuild))]
    public void RemoveReports() => RemoveReportsAsync().GetAwaiter().GetResult();

    private async Task RemoveReportsAsync()
    {
        var tables = _services.GetRequiredService<Tables>();
        foreach (var name in new[] { ReportStore.Table, ReportStore.NormsTable })
        {
            var table = await tables.GetAsync(name);
            var rows = new List<TableEntity>();
            var filter = $"PartitionKey eq {TableKeys.Quote(RoundId)}";
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"]))
            {
                rows.Add(row);
            }

            foreach (var batch in rows.Chunk(100))
            {
                await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r)));
            }
        }
    }

    /// <summary>
    /// What <see cref="BuildReports"/> reads, alone: each chunk's answers with the publisher's range query, the chunks
    /// as many at once; nothing is built or written. Build minus this is about the cost of writing the reports.
    /// </summary>
    [Benchmark]
    public int ChunkReads() => ChunkReadsAsync().GetAwaiter().GetResult();

    private async Task<int> ChunkReadsAsync()
    {
        var answers = _services.GetRequiredService<IReleasedAnswers>();
        var read = 0;
        var chunks = _subjectIds.Order(StringComparer.Ordinal).Chunk(ChunkSize).ToList();
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = ChunksAtOnce }, async (chunk, ct) =>
            Interlocked.Add(ref read, (await answers.ForSubjectsAsync(RoundId, chunk, ct)).Values.Sum(a => a.Count)));
        Console.WriteLine($"// Chunk reads: {read} answers in {chunks.Count} chunks");
        return read;
    }

    /// <summary>For <see cref="ReportWrites"/>: the round's reports built (and stored) once, then held in memory.</summary>
    [GlobalSetup(Target = nameof(ReportWrites))]
    public void SetupWrites()
    {
        Setup();
        BuildReportsAsync().GetAwaiter().GetResult();
        _reports = ReportsAsync().GetAwaiter().GetResult();

        async Task<List<ThreeSixtyReport>> ReportsAsync()
        {
            var reports = new List<ThreeSixtyReport>();
            await foreach (var report in _services.GetRequiredService<ReportStore>().ListAsync(RoundId))
            {
                reports.Add(report);
            }

            return reports;
        }
    }

    /// <summary>
    /// What <see cref="BuildReports"/> writes, alone: the round's reports, already built, stored over themselves in
    /// the same chunks and batches, the chunks as many at once; nothing is read or built.
    /// </summary>
    [Benchmark]
    public int ReportWrites() => ReportWritesAsync().GetAwaiter().GetResult();

    private async Task<int> ReportWritesAsync()
    {
        var store = _services.GetRequiredService<ReportStore>();
        var sorted = _reports.OrderBy(r => r.SubjectId, StringComparer.Ordinal).ToList();
        var ids = sorted.Select(r => r.SubjectId).ToList();
        var chunks = sorted.Chunk(ChunkSize).Select((reports, index) => (Reports: reports, Span: ReportSpan.OfChunk(ids, index, ChunkSize))).ToList();
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = ChunksAtOnce }, async (chunk, ct) =>
            await store.SaveAllAsync(RoundId, chunk.Reports, chunk.Span, ct));
        Console.WriteLine($"// Report writes: {_reports.Count} reports in {chunks.Count} chunks");
        return _reports.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        PrintStoredSizesAsync().GetAwaiter().GetResult();
        _services.Dispose();
    }

    /// <summary>
    /// After <see cref="BuildReports"/>: what the stored reports weigh, and what the same JSON weighs and costs
    /// compressed otherwise (the choice of <see cref="CompressedJson"/>'s Brotli at its optimal level).
    /// </summary>
    private async Task PrintStoredSizesAsync()
    {
        var table = await _services.GetRequiredService<Tables>().GetAsync(ReportStore.Table);
        var json = new List<byte[]>();
        var stored = 0L;
        var reports = 0;
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(RoundId)}"))
        {
            stored += row.Keys.Sum(k => row[k] is byte[] bytes ? bytes.Length : 0);
            reports += row.GetString(ReportStore.SubjectsColumn)!.Split('\n').Length;
            json.Add(System.Text.Encoding.UTF8.GetBytes(CompressedJson.ReadText(row, ReportStore.ReportsColumn)));
        }

        if (json.Count == 0)
        {
            return;
        }

        Console.WriteLine(
            $"// Stored: {reports} reports in {json.Count} rows, {stored:N0} bytes compressed, {json.Sum(j => j.Length):N0} bytes of JSON");
        foreach (var (name, compress) in new (string, Func<Stream, Stream>)[]
        {
            ("Brotli fastest", s => new BrotliStream(s, CompressionLevel.Fastest, true)),
            ("Brotli optimal", s => new BrotliStream(s, CompressionLevel.Optimal, true)),
            ("GZip fastest", s => new GZipStream(s, CompressionLevel.Fastest, true)),
            ("GZip optimal", s => new GZipStream(s, CompressionLevel.Optimal, true)),
        })
        {
            var clock = Stopwatch.StartNew();
            var bytes = 0L;
            foreach (var report in json)
            {
                using var buffer = new MemoryStream();
                using (var stream = compress(buffer))
                {
                    stream.Write(report);
                }

                bytes += buffer.Length;
            }

            Console.WriteLine($"// {name}: {bytes:N0} bytes in {clock.Elapsed.TotalMilliseconds:F0} ms");
        }
    }
}

/// <summary>One warm-up run (the reports then exist, as they would on a retried chunk) and three measured runs.</summary>
public sealed class ReportStorageJob() : InProcessMonitoring(1, 3);
