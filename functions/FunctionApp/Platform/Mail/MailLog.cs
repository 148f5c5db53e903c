using System.Globalization;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.Platform.Mail;

/// <summary>
/// Which chunks of a batch the provider has accepted: table MailLog, PartitionKey = encoded batch key,
/// RowKey = chunk index. A retried send skips recorded chunks, so nobody gets the same mail twice. A row may also be a
/// claim not yet sent (<see cref="MailClaims"/>), which is not a record.
/// </summary>
public sealed class MailLog(Tables tables, TimeProvider time)
{
    public const string TableName = "MailLog";

    /// <summary>Recorded chunks of the batch: chunk index → fingerprint of its recipients.</summary>
    public async Task<IReadOnlyDictionary<int, string>> ReadAsync(string batchKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var recorded = new Dictionary<int, string>();
        var partition = TableKeys.Encode(batchKey);
        var query = table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
            select: ["RowKey", "Fingerprint", "State"],
            cancellationToken: cancellationToken);
        await foreach (var row in query)
        {
            if (!MailClaims.IsSent(row))
            {
                continue;
            }

            recorded[int.Parse(row.RowKey, CultureInfo.InvariantCulture)] = row.GetString("Fingerprint") ?? "";
        }

        return recorded;
    }

    /// <summary>Records a chunk as sent, replacing the claim its run held.</summary>
    public async Task RecordAsync(string batchKey, int chunk, int recipients, string fingerprint, string via, string? providerId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = new TableEntity(TableKeys.Encode(batchKey), MailClaims.RowOf(chunk))
        {
            ["BatchKey"] = batchKey,
            ["State"] = MailClaims.Sent,
            ["Recipients"] = recipients,
            ["Fingerprint"] = fingerprint,
            ["Via"] = via,
            ["ProviderId"] = providerId,
            ["SentAt"] = time.GetUtcNow(),
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// Writes a record the provider has already accepted, trying a few times: a storage blip here would otherwise fail
    /// the activity with the mail out and unrecorded, and the chunk would go out again once its claim lapses.
    /// </summary>
    public static async Task PersistAsync(Func<Task> record)
    {
        ArgumentNullException.ThrowIfNull(record);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await record();
                return;
            }
            catch (Azure.RequestFailedException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    /// <summary>The chunks of <paramref name="batch"/> still to send, after checking recorded ones were for the same people.</summary>
    public async Task<ChunkPlan> PlanAsync(MailBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var chunks = MailChunks.Split(batch.Recipients);
        var recorded = await ReadAsync(batch.Key, cancellationToken);
        var pending = new List<int>();
        for (var i = 0; i < chunks.Count; i++)
        {
            var fingerprint = MailChunks.Fingerprint(chunks[i]);
            if (!recorded.TryGetValue(i, out var earlier))
            {
                pending.Add(i);
            }
            else if (!string.Equals(earlier, fingerprint, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"Mail batch key '{batch.Key}' was already used to send chunk {i} to other recipients. A new batch needs a new key.");
            }
        }

        return new ChunkPlan(chunks, pending);
    }
}
