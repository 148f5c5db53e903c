using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Benchmarks.Surveys;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Summaries;
using Transformation.Platform.Storage;

namespace Transformation.Benchmarks.Overtime;

/// <summary>
/// The monthly summaries of 1,000 divisions and the ministry view, built from one month's partition of table
/// OvertimeMonthTotals holding <see cref="Staff"/> rows (60 bureaus, both designations, a tenth of the staff near or over a
/// cap), against a raw scan of the same partition. Target: the summaries in at most 2x the scan.
/// </summary>
[Config(typeof(OvertimeJob))]
public class OvertimeSummaryBenchmarks
{
    private static readonly DateOnly Month = new(2026, 10, 1);
    private ServiceProvider _services = null!;
    private MonthTotalStore _totals = null!;
    private TableClient _table = null!;

    /// <summary>100,000 (the ministry), or OVERTIME_BENCHMARK_STAFF for a smaller run on a loaded machine.</summary>
    [ParamsSource(nameof(StaffCounts))]
    public int Staff { get; set; }

    public static IEnumerable<int> StaffCounts() => [OvertimeRun.Scale(100_000)];

    /// <summary>
    /// The rows go to tables of a fixed prefix a size, and only the rows not there yet are written: a rerun (or a run stopped
    /// during its setup) on the same Azurite writes nothing again. Azurite looks up every written row by scanning its partition,
    /// so writing one partition takes time growing with the square of its rows; only a fresh Azurite pays it.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _services = OvertimeServices.Build("otsum" + Staff.ToString(CultureInfo.InvariantCulture));
        _totals = _services.GetRequiredService<MonthTotalStore>();
        _table = _services.GetRequiredService<Tables>().GetAsync(MonthTotalStore.Table).GetAwaiter().GetResult();
        WriteMissingRowsAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public int RawScan() => RawScanAsync().GetAwaiter().GetResult();

    [Benchmark]
    public int Summaries() => SummariesAsync().GetAwaiter().GetResult();

    private async Task<int> RawScanAsync()
    {
        var count = 0;
        await foreach (var _ in _table.QueryAsync<TableEntity>(PartitionFilter))
        {
            count++;
        }

        return count == Staff ? count : throw new InvalidOperationException($"{count} rows scanned of {Staff}.");
    }

    private async Task<int> SummariesAsync()
    {
        var rows = await _totals.ReadMonthAsync(Month);
        var divisions = MonthlySummary.ForAllDivisions(Month, rows);
        var ministry = MonthlySummary.ForMinistry(Month, rows);
        return divisions.Count == 1000 && ministry.Figures.Staff == Staff
            ? divisions.Count
            : throw new InvalidOperationException($"{divisions.Count} divisions, {ministry.Figures.Staff} staff.");
    }

    private async Task WriteMissingRowsAsync()
    {
        var watch = Stopwatch.StartNew();
        var there = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in _table.QueryAsync<TableEntity>(PartitionFilter, select: ["RowKey"]))
        {
            there.Add(row.RowKey);
        }

        var missing = Enumerable.Range(0, Staff).Select(Row).Select(MonthTotalRows.ToEntity).Where(e => !there.Contains(e.RowKey)).ToList();
        OvertimeRun.Report($"{there.Count} rows already there ({watch.Elapsed.TotalSeconds:F0} s); writing {missing.Count}");
        var written = 0;
        await Parallel.ForEachAsync(missing.Chunk(TableBatches.MaxEntities), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (chunk, ct) =>
            {
                await TableBatches.UpsertAsync(_table, chunk, ct);
                var total = Interlocked.Add(ref written, chunk.Length);
                if (total % 10_000 < chunk.Length)
                {
                    OvertimeRun.Report($"{total} written, {watch.Elapsed.TotalSeconds:F0} s");
                }
            });
        OvertimeRun.Report($"setup done in {watch.Elapsed.TotalSeconds:F0} s");
    }

    private static string PartitionFilter => $"PartitionKey eq {TableKeys.Quote(MonthTotalRows.Partition(Month))}";

    /// <summary>Person i: division i mod 1,000, bureau by division; every fifth division other-directed; some near a cap or over.</summary>
    private static MonthTotal Row(int i)
    {
        var division = i % 1000;
        var other = division % 5 == 0;
        var month = (i * 7 % 60) * 60;
        var longMonths = other ? i % 8 : month > 45 * 60 ? 1 : 0;
        var near = month >= 36 * 60 && month <= 45 * 60 && !other ? new[] { CapKind.OrdinaryMonth } : [];
        var over = other ? (longMonths > 6 ? new[] { CapKind.LongMonths } : []) : month > 45 * 60 ? [CapKind.OrdinaryMonth] : [];
        var standing = new MonthStanding(other ? Designation.OtherDirected : Designation.Ordinary, other ? 0 : month, other ? month : 0,
            month * 7, longMonths, 2, month * 2, near, over);
        var code = "D" + (division + 1).ToString("D4", CultureInfo.InvariantCulture);
        var bureau = "B" + (division % 60 + 1).ToString("D3", CultureInfo.InvariantCulture);
        return new MonthTotal("S" + i.ToString("D6", CultureInfo.InvariantCulture), Month, code, code + "課", bureau, bureau + "局", standing,
            DateTimeOffset.UnixEpoch);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();
}
