using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;

namespace Transformation.Platform.Links;

/// <summary>
/// Nightly, on the schedule in workflows/schedules.json (LinkCleanupSchedule, UTC; 03:30 in Japan): deletes links
/// that expired more than <see cref="LinkOptions.KeepExpiredDays"/> ago, so the table holds only links
/// someone could still meet.
/// </summary>
public sealed partial class LinkCleanupFunction(Tables tables, TimeProvider time, IOptions<LinkOptions> options, ILogger<LinkCleanupFunction> log)
{
    [Function("LinkCleanup")]
    public async Task Run([TimerTrigger("%LinkCleanupSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var cutoff = time.GetUtcNow().AddDays(-options.Value.KeepExpiredDays);
        var table = await tables.GetAsync(ActionLinks.LinkTable, cancellationToken);
        var purged = 0;
        // A scan, once a night: links are keyed by their hash for the point reads that matter during the day.
        await foreach (var page in table.QueryAsync<TableEntity>(
            filter: TableClient.CreateQueryFilter($"ExpiresAt lt {cutoff}"),
            select: ["PartitionKey", "RowKey"],
            cancellationToken: cancellationToken).AsPages(pageSizeHint: 1000))
        {
            await Parallel.ForEachAsync(page.Values, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (row, ct) => await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: ct));
            purged += page.Values.Count;
        }

        LogPurged(purged, cutoff);
    }

    [LoggerMessage(LogLevel.Information, "Purged {Count} action links that expired before {Cutoff}")]
    private partial void LogPurged(int count, DateTimeOffset cutoff);
}
