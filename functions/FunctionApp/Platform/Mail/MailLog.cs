using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Transformation.Platform.Storage;

namespace Transformation.Platform.Mail;

/// <summary>
/// Which chunks of a batch the provider has accepted: table MailLog, PartitionKey = encoded batch key,
/// RowKey = chunk index. A retried send skips recorded chunks, so nobody gets the same mail twice.
/// </summary>
public sealed class MailLog(Tables tables, TimeProvider time, ILogger<MailLog> log)
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
            select: ["RowKey", "Fingerprint"],
            cancellationToken: cancellationToken);
        await foreach (var row in query)
        {
            recorded[int.Parse(row.RowKey, CultureInfo.InvariantCulture)] = row.GetString("Fingerprint") ?? "";
        }

        return recorded;
    }

    public async Task RecordAsync(string batchKey, int chunk, int recipients, string fingerprint, string via, string? providerId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = new TableEntity(TableKeys.Encode(batchKey), chunk.ToString("D5", CultureInfo.InvariantCulture))
        {
            ["BatchKey"] = batchKey,
            ["Recipients"] = recipients,
            ["Fingerprint"] = fingerprint,
            ["Via"] = via,
            ["ProviderId"] = providerId,
            ["SentAt"] = time.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Another run of the same activity got there first: that run sent it too, which the record cannot undo.
            log.LogWarning("Chunk {Chunk} of mail batch {BatchKey} was already recorded by another run", chunk, MailBatch.Opaque(batchKey));
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
