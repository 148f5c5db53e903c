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
    public static async Task UpsertAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<TableTransactionAction>();
            long bytes = 0;
            foreach (var entity in partition)
            {
                var size = EstimatedBytes(entity);
                if (batch.Count == MaxEntities || (batch.Count > 0 && bytes + size > MaxBytes))
                {
                    await table.SubmitTransactionAsync(batch, cancellationToken);
                    batch = [];
                    bytes = 0;
                }

                batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
                bytes += size;
            }

            if (batch.Count > 0)
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
            }
        }
    }

    private static long EstimatedBytes(TableEntity entity) =>
        1024 + ((IDictionary<string, object>)entity).Values.Sum(v => v switch
        {
            string s => s.Length * 6L,
            byte[] b => (b.Length + 2) / 3 * 4L,
            _ => 16L,
        });
}
