using Azure.Data.Tables;

namespace Transformation.Platform.Storage;

/// <summary>
/// Writes many entities with as few requests as Table storage allows: a transaction holds one partition's entities,
/// at most 100 of them and at most 4 MiB. The size is estimated on the safe side (text at 6 bytes a character, as JSON
/// escapes may make it; binary as the base64 it is sent as) and kept under 3.5 MB.
/// </summary>
public static class TableBatches
{
    public const int MaxEntities = 100;
    public const long MaxBytes = 3_500_000;

    /// <summary>Upserts (replacing) every entity, partition by partition.</summary>
    public static Task UpsertAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return SubmitAsync(table, entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
    }

    /// <summary>Submits every action (upserts, deletes…), partition by partition, in as few transactions as fit.</summary>
    public static async Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<TableTransactionAction>();
            long bytes = 0;
            foreach (var action in partition)
            {
                var size = EstimatedBytes(action.Entity);
                if (batch.Count == MaxEntities || (batch.Count > 0 && bytes + size > MaxBytes))
                {
                    await table.SubmitTransactionAsync(batch, cancellationToken);
                    batch = [];
                    bytes = 0;
                }

                batch.Add(action);
                bytes += size;
            }

            if (batch.Count > 0)
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
            }
        }
    }

    private static long EstimatedBytes(ITableEntity entity) =>
        1024 + ((entity as IDictionary<string, object>)?.Values.Sum(v => v switch
        {
            string s => s.Length * 6L,
            byte[] b => (b.Length + 2) / 3 * 4L,
            _ => 16L,
        }) ?? 0L);
}
