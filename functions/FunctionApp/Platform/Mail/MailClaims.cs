using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;

namespace Transformation.Platform.Mail;

/// <summary>
/// Claims on chunks, in the <see cref="MailLog"/> table (same row as the chunk's record): a run inserts a claim before
/// it sends, and only the run whose insert (or ETag-checked takeover) wins sends. So two runs of the same activity at
/// once (the local engine hands out a message again after its visibility timeout) never both send.
/// A claim left by a run that crashed lapses after <c>Mail:ClaimLease</c> and the next run takes it over: it cannot
/// know whether the crashed run's request was accepted, so that one chunk may go out twice; nothing else can.
/// </summary>
public sealed class MailClaims(Tables tables, TimeProvider time, IOptions<MailOptions> options, ILogger<MailClaims> log)
{
    public const string Claimed = "Claimed";
    public const string Sent = "Sent";

    /// <summary>Claims chunk <paramref name="chunk"/> of the batch for <paramref name="owner"/> (a new owner when null).</summary>
    public async Task<MailClaim> ClaimAsync(string batchKey, int chunk, string? owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batchKey);
        owner ??= Guid.NewGuid().ToString("N");
        var table = await tables.GetAsync(MailLog.TableName, cancellationToken);
        var partition = TableKeys.Encode(batchKey);
        var row = RowOf(chunk);
        // Bounded: each turn follows a write another run made between our read and ours.
        for (var turn = 0; turn < 10; turn++)
        {
            var now = time.GetUtcNow();
            var read = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            try
            {
                if (!read.HasValue)
                {
                    await table.AddEntityAsync(NewClaim(partition, row, batchKey, owner, now), cancellationToken);
                    return new MailClaim(MailClaimState.Mine, owner);
                }

                var existing = read.Value!;
                if (IsSent(existing))
                {
                    return new MailClaim(MailClaimState.Sent, owner, existing.GetInt32("Recipients") ?? 0);
                }

                if (string.Equals(existing.GetString("Owner"), owner, StringComparison.Ordinal))
                {
                    return new MailClaim(MailClaimState.Mine, owner);
                }

                if ((existing.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue) + options.Value.ClaimLease > now)
                {
                    return new MailClaim(MailClaimState.Busy, owner);
                }

                // The claim lapsed: its run crashed (or is stuck far past any send). Take it over, if nobody did first.
                var takeover = NewClaim(partition, row, batchKey, owner, now);
                await table.UpdateEntityAsync(takeover, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                log.LogWarning("Took over the lapsed claim on chunk {Chunk} of mail batch {BatchKey}", chunk, MailBatch.Opaque(batchKey));
                return new MailClaim(MailClaimState.Mine, owner);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another run wrote first: read again.
            }
        }

        return new MailClaim(MailClaimState.Busy, owner);
    }

    /// <summary>
    /// Gives the claim back when its run knows nothing went out (the provider refused every try, or the run failed before
    /// sending), so the retry sends at once instead of waiting for the lease to lapse.
    /// </summary>
    public async Task ReleaseAsync(string batchKey, int chunk, string owner, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MailLog.TableName, cancellationToken);
        var read = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(batchKey), RowOf(chunk), cancellationToken: cancellationToken);
        if (!read.HasValue || IsSent(read.Value!) || !string.Equals(read.Value!.GetString("Owner"), owner, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            await table.DeleteEntityAsync(read.Value!, read.Value!.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Taken over or gone meanwhile: nothing of ours to give back.
        }
    }

    /// <summary>A busy claim as the exception that makes the activity try again later.</summary>
    public static MailClaimBusyException Busy(string batchKey, int chunk) =>
        new($"Chunk {chunk} of mail batch {MailBatch.Opaque(batchKey)} is being sent by another run; try again later.");

    public static bool IsSent(TableEntity row) => row.GetString("State") is null or Sent;

    public static string RowOf(int chunk) => chunk.ToString("D5", CultureInfo.InvariantCulture);

    private static TableEntity NewClaim(string partition, string row, string batchKey, string owner, DateTimeOffset now) => new(partition, row)
    {
        ["BatchKey"] = batchKey,
        ["State"] = Claimed,
        ["Owner"] = owner,
        ["ClaimedAt"] = now,
    };
}
