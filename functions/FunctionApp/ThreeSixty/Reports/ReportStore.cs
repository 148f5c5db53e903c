using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// The stored reports (table ThreeSixtyReports) and the grade-band norms (table ThreeSixtyReportNorms: partition =
/// round, row = band, JSON text). A round's reports are kept in packs: one row holds the reports of a run of
/// subjects in id order (partition = round, row = the pack's last subject id, column Subjects = its subject ids one
/// a line, the reports as one Brotli-compressed JSON array, see <see cref="CompressedJson"/>). Writing a round is then
/// tens of rows, not thousands, and a subject's report is still one request away: the first row at or after the
/// subject's id is the only pack that can hold it. A report holds only figures the rules allow to be shown, so a
/// reader of this table learns no more than the subjects' pages tell them; the app hands out one report at a time.
/// </summary>
public sealed class ReportStore(Tables tables)
{
    public const string Table = "ThreeSixtyReports";
    public const string NormsTable = "ThreeSixtyReportNorms";
    public const string SubjectsColumn = "Subjects";
    public const string ReportsColumn = "Reports";

    /// <summary>
    /// A pack's JSON is kept under this many bytes, so that even JSON that did not compress at all (sent as base64)
    /// stays inside a 1 MiB entity; reports compress to about a fifth, so a pack is a few hundred kilobytes of JSON
    /// and about 75 reports. A single larger report is a pack of its own.
    /// </summary>
    public const int PackJsonBytes = 512 * 1024;

    /// <summary>At most this many subjects a pack, so its subject list stays far inside a 64 KiB text property.</summary>
    public const int PackSubjects = 200;

    /// <summary>The column of the norms, and of a report stored alone (one row a subject, the layout before packs).</summary>
    private const string Column = "Report";

    /// <summary>A query for packs asks for a few at a time: packs are large, and a reader wants one or a handful.</summary>
    private const int PacksPerPage = 8;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// A figure not shown (null) is left out and read back as null, as its parameter's default. Comments are kept as
    /// the UTF-8 they are (3 bytes a Japanese character) rather than \u escapes (6): this JSON is never put in a page.
    /// </summary>
    private static readonly JsonSerializerOptions ReportJson = new(Json)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Stores these reports of one round as the whole content of <paramref name="span"/>: packs of the reports in id
    /// order (the same reports always give the same packs, so a retry writes the same rows over themselves), and every
    /// other row in the span (a pack of an earlier build cut into other chunks) deleted, in batch transactions.
    /// </summary>
    public async Task SaveAllAsync(
        string roundId, IReadOnlyList<ThreeSixtyReport> reports, ReportSpan span, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(span);
        if (reports.FirstOrDefault(r => r.RoundId != roundId || !span.Contains(r.SubjectId)) is { } outside)
        {
            throw new ArgumentException(
                $"The report of {outside.SubjectId} in round {outside.RoundId} is outside round {roundId}'s {span}.", nameof(reports));
        }

        var partition = TableKeys.Encode(roundId);
        var packs = Packs(partition, reports).ToList();
        var table = await tables.GetAsync(Table, cancellationToken);
        var written = packs.Select(p => p.RowKey).ToHashSet(StringComparer.Ordinal);
        var stale = new List<TableTransactionAction>();
        var filter = SpanFilter(partition, span);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!written.Contains(row.RowKey))
            {
                stale.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, row.RowKey), ETag.All));
            }
        }

        await TableBatches.SubmitAsync(
            table,
            [.. packs.Select(p => new TableTransactionAction(TableTransactionActionType.UpsertReplace, p)), .. stale],
            cancellationToken);
    }

    /// <summary>Packs of the reports in id order, each cut before it would pass <see cref="PackJsonBytes"/> or <see cref="PackSubjects"/>.</summary>
    private static IEnumerable<TableEntity> Packs(string partition, IEnumerable<ThreeSixtyReport> reports)
    {
        var keys = new List<string>();
        var json = new ArrayBufferWriter<byte>();
        var sorted = reports
            .Select(r => (Key: TableKeys.Encode(r.SubjectId), Report: r))
            .DistinctBy(r => r.Key, StringComparer.Ordinal)
            .OrderBy(r => r.Key, StringComparer.Ordinal);
        foreach (var (key, report) in sorted)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(report, ReportJson);
            if (keys.Count > 0 && (keys.Count == PackSubjects || json.WrittenCount + bytes.Length + 2 > PackJsonBytes))
            {
                yield return Pack(partition, keys, json);
                keys = [];
                json = new ArrayBufferWriter<byte>();
            }

            json.Write(keys.Count == 0 ? "["u8 : ","u8);
            json.Write(bytes);
            keys.Add(key);
        }

        if (keys.Count > 0)
        {
            yield return Pack(partition, keys, json);
        }
    }

    private static TableEntity Pack(string partition, List<string> keys, ArrayBufferWriter<byte> json)
    {
        json.Write("]"u8);
        var entity = new TableEntity(partition, keys[^1]) { [SubjectsColumn] = string.Join('\n', keys) };
        CompressedJson.WriteUtf8(entity, ReportsColumn, json.WrittenSpan);
        return entity;
    }

    /// <summary>
    /// The stored reports of these subjects in a round (those without one are left out): the packs from the one
    /// holding the lowest id to the one holding the highest, one range query (a chunk of sorted subjects is a
    /// contiguous run of packs).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ThreeSixtyReport>> GetAllAsync(
        string roundId, IReadOnlyCollection<string> subjectIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        ArgumentNullException.ThrowIfNull(subjectIds);
        var found = new Dictionary<string, ThreeSixtyReport>(StringComparer.Ordinal);
        var wanted = subjectIds.Select(TableKeys.Encode).ToHashSet(StringComparer.Ordinal);
        await foreach (var row in CoveringAsync(roundId, wanted, null, cancellationToken))
        {
            var keys = KeysOf(row);
            foreach (var report in ReportsOf(row, i => wanted.Contains(keys[i])))
            {
                found[report.SubjectId] = report;
            }
        }

        return found;
    }

    /// <summary>Which of these subjects have a stored report in the round; reads the packs' subject lists, not their reports.</summary>
    public async Task<IReadOnlySet<string>> WithReportsAsync(
        string roundId, IReadOnlyCollection<string> subjectIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        ArgumentNullException.ThrowIfNull(subjectIds);
        var wanted = subjectIds.ToDictionary(TableKeys.Encode, s => s, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in CoveringAsync(roundId, wanted.Keys, ["RowKey", SubjectsColumn], cancellationToken))
        {
            found.UnionWith(KeysOf(row).Where(wanted.ContainsKey).Select(k => wanted[k]));
        }

        return found;
    }

    /// <summary>
    /// The subject's report, or null: one request, for the first row at or after the subject's id, the only pack
    /// that can hold it. Only this subject's report is read out of the pack.
    /// </summary>
    public async Task<ThreeSixtyReport?> GetAsync(string roundId, string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        var key = TableKeys.Encode(subjectId);
        var row = await FirstAtOrAfterAsync(roundId, key, null, cancellationToken);
        var index = row is null ? -1 : Array.IndexOf(KeysOf(row), key);
        return index < 0 ? null : ReportsOf(row!, i => i == index).Single();
    }

    /// <summary>Whether the subject has a stored report: one request, reading the pack's subject list only.</summary>
    public async Task<bool> ExistsAsync(string roundId, string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        var key = TableKeys.Encode(subjectId);
        var row = await FirstAtOrAfterAsync(roundId, key, ["RowKey", SubjectsColumn], cancellationToken);
        return row is not null && KeysOf(row).Contains(key, StringComparer.Ordinal);
    }

    /// <summary>Every report of a round, one partition scan.</summary>
    public async IAsyncEnumerable<ThreeSixtyReport> ListAsync(
        string roundId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Encode(roundId))}";
        await foreach (var row in table.QueryAsync<TableEntity>(filter, PacksPerPage, cancellationToken: cancellationToken))
        {
            foreach (var report in ReportsOf(row, _ => true))
            {
                yield return report;
            }
        }
    }

    private async Task<TableEntity?> FirstAtOrAfterAsync(string roundId, string key, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Encode(roundId))} and RowKey ge {TableKeys.Quote(key)}";
        // One row is asked for; the service may still answer a page with none and a continuation, hence the loop.
        await foreach (var page in table.QueryAsync<TableEntity>(filter, 1, select, cancellationToken).AsPages())
        {
            if (page.Values.Count > 0)
            {
                return page.Values[0];
            }
        }

        return null;
    }

    /// <summary>The rows from the one holding the lowest of these keys through the one holding the highest.</summary>
    private async IAsyncEnumerable<TableEntity> CoveringAsync(
        string roundId, IReadOnlyCollection<string> keys, IEnumerable<string>? select,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            yield break;
        }

        var highest = keys.Max(StringComparer.Ordinal)!;
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Encode(roundId))}"
            + $" and RowKey ge {TableKeys.Quote(keys.Min(StringComparer.Ordinal)!)}";
        await foreach (var row in table.QueryAsync<TableEntity>(filter, PacksPerPage, select, cancellationToken))
        {
            yield return row;
            if (string.CompareOrdinal(row.RowKey, highest) >= 0)
            {
                yield break;
            }
        }
    }

    private static string SpanFilter(string partition, ReportSpan span) =>
        $"PartitionKey eq {TableKeys.Quote(partition)}"
        + (span.After is null ? "" : $" and RowKey gt {TableKeys.Quote(TableKeys.Encode(span.After))}")
        + (span.Through is null ? "" : $" and RowKey le {TableKeys.Quote(TableKeys.Encode(span.Through))}");

    /// <summary>The subject ids (as keys) a row holds, in order: a pack's list, or a report stored alone's row key.</summary>
    private static string[] KeysOf(TableEntity row) => row.GetString(SubjectsColumn) is { } list ? list.Split('\n') : [row.RowKey];

    /// <summary>
    /// The reports at the wanted positions of a row, each deserialized only if wanted. A row without a subject list is
    /// a report stored alone, as rounds were before packs: read as a pack of one.
    /// </summary>
    private static IEnumerable<ThreeSixtyReport> ReportsOf(TableEntity row, Func<int, bool> wanted)
    {
        if (!row.ContainsKey(SubjectsColumn))
        {
            if (wanted(0))
            {
                yield return CompressedJson.Read<ThreeSixtyReport>(row, Column, ReportJson) ?? throw Empty(row);
            }

            yield break;
        }

        var index = 0;
        foreach (var element in CompressedJson.Read<JsonElement>(row, ReportsColumn, ReportJson).EnumerateArray())
        {
            if (wanted(index++))
            {
                yield return element.Deserialize<ThreeSixtyReport>(ReportJson) ?? throw Empty(row);
            }
        }
    }

    private static RequestFailedException Empty(TableEntity row) =>
        new($"A stored 360 report in {row.PartitionKey}/{row.RowKey} is empty.");

    public async Task SaveNormsAsync(string roundId, IReadOnlyList<BandNorm> norms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        ArgumentNullException.ThrowIfNull(norms);
        var table = await tables.GetAsync(NormsTable, cancellationToken);
        foreach (var norm in norms)
        {
            var entity = new TableEntity(TableKeys.Encode(roundId), TableKeys.Encode(norm.BandId));
            LongText.Write(entity, Column, JsonSerializer.Serialize(norm, Json));
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
    }

    public async Task<BandNorm?> GetNormAsync(string roundId, string bandId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(NormsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Encode(roundId), TableKeys.Encode(bandId), cancellationToken: cancellationToken);
        return found.HasValue ? JsonSerializer.Deserialize<BandNorm>(LongText.Read(found.Value!, Column), Json) : null;
    }

    public async Task<IReadOnlyList<BandNorm>> ListNormsAsync(string roundId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        var table = await tables.GetAsync(NormsTable, cancellationToken);
        var norms = new List<BandNorm>();
        var filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Encode(roundId))}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            norms.Add(JsonSerializer.Deserialize<BandNorm>(LongText.Read(entity, Column), Json)!);
        }

        return norms;
    }
}
