using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// The stored reports (table ThreeSixtyReports: partition = round, row = subject, the report as Brotli-compressed
/// JSON, see <see cref="CompressedJson"/>) and the grade-band norms (table ThreeSixtyReportNorms: partition = round,
/// row = band, JSON text). A report holds only figures the rules allow to be shown, so a reader of this table learns
/// no more than the subject's page tells the subject. A round writes thousands of reports at once: compressed,
/// and without the empty figures (JSON nulls), each is a fraction of its JSON text.
/// </summary>
public sealed class ReportStore(Tables tables)
{
    public const string Table = "ThreeSixtyReports";
    public const string NormsTable = "ThreeSixtyReportNorms";
    private const string Column = "Report";

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

    /// <summary>Writes (or overwrites) a report: building again gives the same report, so a retry changes nothing.</summary>
    public async Task SaveAsync(ThreeSixtyReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.UpsertEntityAsync(Row(report), TableUpdateMode.Replace, cancellationToken);
    }

    private static TableEntity Row(ThreeSixtyReport report)
    {
        var entity = new TableEntity(TableKeys.Encode(report.RoundId), TableKeys.Encode(report.SubjectId))
        {
            ["BandId"] = report.BandId,
        };
        CompressedJson.Write(entity, Column, report, ReportJson);
        return entity;
    }

    /// <summary>
    /// Writes (or overwrites) reports of one round in batch transactions, the round being their one partition: a
    /// chunk of 500 reports is a handful of requests, not 500.
    /// </summary>
    public async Task SaveAllAsync(IReadOnlyList<ThreeSixtyReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var table = await tables.GetAsync(Table, cancellationToken);
        await TableBatches.UpsertAsync(table, reports.Select(Row), cancellationToken);
    }

    /// <summary>
    /// The stored reports of these subjects in a round (those without one are left out), read with one range query
    /// from the lowest of their rows to the highest: a chunk of sorted subjects is a contiguous range.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ThreeSixtyReport>> GetAllAsync(
        string roundId, IReadOnlyCollection<string> subjectIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        ArgumentNullException.ThrowIfNull(subjectIds);
        var found = new Dictionary<string, ThreeSixtyReport>(StringComparer.Ordinal);
        if (subjectIds.Count == 0)
        {
            return found;
        }

        var wanted = subjectIds.Select(TableKeys.Encode).ToHashSet(StringComparer.Ordinal);
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Encode(roundId))}"
            + $" and RowKey ge {TableKeys.Quote(wanted.Min(StringComparer.Ordinal)!)}"
            + $" and RowKey le {TableKeys.Quote(wanted.Max(StringComparer.Ordinal)!)}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (wanted.Contains(entity.RowKey))
            {
                var report = Read(entity);
                found[report.SubjectId] = report;
            }
        }

        return found;
    }

    public async Task<ThreeSixtyReport?> GetAsync(string roundId, string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        ArgumentNullException.ThrowIfNull(subjectId);
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Encode(roundId), TableKeys.Encode(subjectId), cancellationToken: cancellationToken);
        return found.HasValue ? Read(found.Value!) : null;
    }

    /// <summary>Every report of a round, one partition scan.</summary>
    public async IAsyncEnumerable<ThreeSixtyReport> ListAsync(
        string roundId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        var table = await tables.GetAsync(Table, cancellationToken);
        var filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Encode(roundId))}";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return Read(entity);
        }
    }

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

    private static ThreeSixtyReport Read(TableEntity entity) =>
        CompressedJson.Read<ThreeSixtyReport>(entity, Column, ReportJson)
        ?? throw new RequestFailedException($"The stored 360 report {entity.PartitionKey}/{entity.RowKey} is empty.");
}
