using System.Text.Json;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.Surveys.Results.Storage;

/// <summary>
/// The published (already suppressed) results of each cycle: one entity per group, so a page reads only
/// its group, its bureau and the ministry instead of recomputing. Results never hold anything that
/// aggregation suppressed, so storing them adds no exposure.
/// </summary>
public sealed class SurveyResultsStore(Tables tables)
{
    public const string Table = "SurveyResults";
    private const string MetaRow = "meta";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SaveAsync(SurveyResults results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = TableKeys.Encode(results.CycleId);
        var entities = results.Groups.Select(g =>
        {
            var entity = new TableEntity(partition, RowOf(g.Key));
            LongText.Write(entity, "Json", JsonSerializer.Serialize(g, Json));
            return entity;
        }).ToList();

        // Groups first, the meta row last: a reader that finds the meta row finds every group.
        await Parallel.ForEachAsync(entities, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (entity, ct) => await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct));
        await table.UpsertEntityAsync(new TableEntity(partition, MetaRow)
        {
            ["QuestionnaireVersion"] = results.QuestionnaireVersion,
            ["MinGroupForScores"] = results.MinGroupForScores,
            ["MinGroupForComments"] = results.MinGroupForComments,
            ["Groups"] = results.Groups.Count,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The whole cycle's results, or null when none were published for it.</summary>
    public async Task<SurveyResults?> LoadAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = TableKeys.Encode(cycleId);
        TableEntity? meta = null;
        var groups = new List<GroupResult>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == MetaRow)
            {
                meta = entity;
            }
            else
            {
                groups.Add(JsonSerializer.Deserialize<GroupResult>(LongText.Read(entity, "Json"), Json)!);
            }
        }

        if (meta is null)
        {
            return null;
        }

        var ordered = groups.OrderBy(g => g.Key.Level).ThenBy(g => g.Key.Code, StringComparer.Ordinal).ToList();
        return new SurveyResults(cycleId, meta.GetString("QuestionnaireVersion")!, meta.GetInt32("MinGroupForScores")!.Value,
            meta.GetInt32("MinGroupForComments")!.Value, ordered);
    }

    /// <summary>One group's results (a page for one division reads three of these).</summary>
    public async Task<GroupResult?> LoadGroupAsync(string cycleId, GroupKey key, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(cycleId), RowOf(key), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? JsonSerializer.Deserialize<GroupResult>(LongText.Read(entity, "Json"), Json) : null;
    }

    private static string RowOf(GroupKey key) => TableKeys.Encode($"{key.Level}-{key.Code}");
}
