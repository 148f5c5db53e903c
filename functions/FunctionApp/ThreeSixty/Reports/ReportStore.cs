using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// The stored reports (table ThreeSixtyReports: partition = round, row = subject, the report as JSON) and the
/// grade-band norms (table ThreeSixtyReportNorms: partition = round, row = band). A report holds only figures the
/// rules allow to be shown, so a reader of this table learns no more than the subject's page tells the subject.
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

    /// <summary>Writes (or overwrites) a report: building again gives the same report, so a retry changes nothing.</summary>
    public async Task SaveAsync(ThreeSixtyReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TableEntity(TableKeys.Encode(report.RoundId), TableKeys.Encode(report.SubjectId))
        {
            ["BandId"] = report.BandId,
        };
        LongText.Write(entity, Column, JsonSerializer.Serialize(report, Json));
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
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
        JsonSerializer.Deserialize<ThreeSixtyReport>(LongText.Read(entity, Column), Json)
        ?? throw new RequestFailedException($"The stored 360 report {entity.PartitionKey}/{entity.RowKey} is empty.");
}
