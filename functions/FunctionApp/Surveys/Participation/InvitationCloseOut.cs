using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;
using Transformation.Surveys.Cycles;

namespace Transformation.Surveys.Participation;

/// <summary>
/// After the close: every participation and link row of the cycle is written again, drafts removed. Table Storage
/// stamps a row with its last write, so until then a participation row kept the moment its owner submitted;
/// afterwards every row of the cycle carries the same moment, and no draft outlives the survey.
/// </summary>
public sealed class InvitationCloseOut(Tables tables, SurveyCycles cycles, IOptions<SurveyOptions> options)
{
    private static readonly string[] DraftProperties = ["DraftScores", "DraftComments"];

    /// <summary>Rewrites the cycle's rows; returns how many. Repeating it is harmless.</summary>
    public async Task<int> RewriteAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        SurveyCycleIds.ThrowIfInvalid(cycleId);
        // No such cycle: it has no rows to rewrite.
        var partitions = await cycles.PartitionsAsync(cycleId, cancellationToken) ?? 0;
        var table = await tables.GetAsync(SurveyInvitations.Table, cancellationToken);
        var counts = new int[partitions];
        await Parallel.ForEachAsync(Enumerable.Range(0, partitions),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.WriteParallelism, CancellationToken = cancellationToken },
            async (partition, ct) => counts[partition] = await RewritePartitionAsync(table, SurveyTokens.PartitionKey(cycleId, partition), ct));
        return counts.Sum();
    }

    private static async Task<int> RewritePartitionAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(partitionKey)}", 1000,
            cancellationToken: cancellationToken))
        {
            foreach (var name in DraftProperties)
            {
                row.Remove(name);
            }

            rows.Add(row);
        }

        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)),
                cancellationToken);
        }

        return rows.Count;
    }
}
