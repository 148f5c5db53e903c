using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Storage;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Rating;

/// <summary>
/// The raters' participation rows and their links: written once from the assignment plan, then one mail a rater a
/// run with one link for every subject they rate. A link is made and mailed inside the same call and never leaves
/// it (never returned, never logged); only counts come back to the orchestration.
/// </summary>
public sealed partial class RaterInvitations(
    Tables tables,
    RosterDirectory roster,
    MailClaims claims,
    IMailer mailer,
    JapanTime japanTime,
    IOptions<AppOptions> app,
    IOptions<RatingOptions> options,
    ILogger<RaterInvitations> log)
{
    public const string InviteRun = "invite";

    /// <summary>
    /// Writes every rater's participation row (their subjects, each pending) over the round's partitions. Rows
    /// already written are left as they are, so a retried call changes nothing. Returns how many raters the plan has.
    /// </summary>
    public async Task<int> WriteAsync(Round round, IReadOnlyList<RaterAssignments> plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(plan);
        var index = await roster.GetIndexAsync(round.SnapshotId, cancellationToken);
        var partitions = RatingPartitions.Deal(plan.Select(p => p.RaterId), round.Partitions);
        var rows = plan.GroupBy(p => p.RaterId, StringComparer.Ordinal).Select(g =>
        {
            var rater = index.Person(g.Key);
            var subjects = g.SelectMany(p => p.Subjects).DistinctBy(a => a.SubjectId, StringComparer.Ordinal)
                .Select(a => ListEntry(index, a)).ToList();
            return new TableEntity(RatingTokens.PartitionKey(round.RoundId, partitions[g.Key]), RaterRows.Participation(g.Key))
            {
                ["RaterId"] = g.Key,
                ["Name"] = rater?.Name ?? g.Key,
                ["Language"] = (rater?.Language ?? Language.Ja).Code(),
                ["BureauCode"] = rater?.BureauCode ?? "",
                ["BureauName"] = rater?.BureauName ?? "",
                ["DivisionName"] = rater?.DivisionName ?? "",
                ["Subjects"] = RaterSubject.Encode(subjects),
                ["LinkRow"] = "",
            };
        }).ToList();
        var table = await tables.GetAsync(RaterRows.Table, cancellationToken);
        var batches = rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(g => g.Chunk(100)).ToList();
        await Parallel.ForEachAsync(batches, Writers(cancellationToken), async (batch, ct) =>
        {
            try
            {
                await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct);
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                // Written before (a retry): add only the rows missing, keep the rest as they are.
                foreach (var row in batch)
                {
                    try
                    {
                        await table.AddEntityAsync(row, ct);
                    }
                    catch (RequestFailedException conflict) when (conflict.Status == 409)
                    {
                        // Already there.
                    }
                }
            }
        });
        LogWritten(round.RoundId, rows.Count);
        return rows.Count;
    }

    /// <summary>
    /// Mails the partition's raters their link: on run "invite" every rater, on any other run (a reminder) only raters
    /// with a subject not yet submitted; each gets a new link that carries their drafts over and supersedes the one
    /// before. The mail batch is claimed before any link is made, so a retried run finds it sent and mails nobody twice
    /// (the links mailed stay the ones that work). Returns how many raters were mailed.
    /// </summary>
    public async Task<int> InviteAsync(Round round, int partition, string run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentException.ThrowIfNullOrWhiteSpace(run);
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(partition, Math.Max(round.Partitions, 1));
        var key = $"360:{round.RoundId}:{run}:{partition.ToString(CultureInfo.InvariantCulture)}";
        var claim = await claims.ClaimAsync(key, 0, null, cancellationToken);
        if (claim.State == MailClaimState.Sent)
        {
            return claim.Recipients;
        }

        if (claim.State == MailClaimState.Busy)
        {
            throw MailClaims.Busy(key, 0);
        }

        List<MailRecipient> recipients;
        try
        {
            recipients = await IssueAsync(round, partition, run == InviteRun, cancellationToken);
        }
        catch (Exception)
        {
            // Nothing was mailed: give the claim back so the retry need not wait for it to lapse.
            await claims.ReleaseAsync(key, 0, claim.Owner, CancellationToken.None);
            throw;
        }

        if (recipients.Count > 0)
        {
            var reminder = run != InviteRun;
            var batch = RatingMails.Batch(key, reminder ? RatingMails.ReminderSubject : RatingMails.InvitationSubject,
                reminder ? RatingMails.ReminderBody : RatingMails.InvitationBody, recipients) with { ClaimOwner = claim.Owner };
            await mailer.SendAsync(batch, CancellationToken.None);
        }
        else
        {
            await claims.ReleaseAsync(key, 0, claim.Owner, CancellationToken.None);
        }

        LogMailed(round.RoundId, run, partition, recipients.Count);
        return recipients.Count;
    }

    /// <summary>Every participation row of the round (for reminders' counts and HR's completion page).</summary>
    public async Task<IReadOnlyList<RaterParticipation>> ParticipationAsync(Round round, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        var table = await tables.GetAsync(RaterRows.Table, cancellationToken);
        var parts = await Task.WhenAll(Enumerable.Range(0, round.Partitions)
            .Select(p => PartitionRowsAsync(table, RatingTokens.PartitionKey(round.RoundId, p), cancellationToken)));
        return [.. parts.SelectMany(p => p).Select(RaterParticipation.Of)];
    }

    private async Task<List<MailRecipient>> IssueAsync(Round round, int partition, bool everyone, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(RaterRows.Table, cancellationToken);
        var partitionKey = RatingTokens.PartitionKey(round.RoundId, partition);
        var rows = await PartitionRowsAsync(table, partitionKey, cancellationToken);
        var due = rows.Where(r => everyone || !RaterSubject.IsFinished(RaterSubject.Decode(r.GetString("Subjects")))).ToList();
        var index = await roster.GetIndexAsync(round.SnapshotId, cancellationToken);
        var deadline = round.RatingDeadline is { } d ? DisplayDates.Both(japanTime.ToLocal(d)) : new Text("", "");
        var baseUrl = app.Value.PublicBaseUrl!.AbsoluteUri.TrimEnd('/');
        var recipients = new ConcurrentBag<MailRecipient>();
        await Parallel.ForEachAsync(due, Writers(cancellationToken), async (row, ct) =>
        {
            var rater = index.Person(row.GetString("RaterId") ?? "");
            if (rater is null || string.IsNullOrWhiteSpace(rater.Email))
            {
                return;
            }

            var token = await ReissueAsync(table, round.RoundId, partition, row, ct);
            if (token is null)
            {
                return;
            }

            var language = Languages.Parse(row.GetString("Language"));
            var count = RaterSubject.Decode(row.GetString("Subjects")).Count;
            recipients.Add(new MailRecipient(rater.Email, rater.Name, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["link"] = $"{baseUrl}/360/r/{token}",
                ["deadline"] = deadline.In(language),
                ["round"] = round.RoundId,
                ["count"] = count.ToString(CultureInfo.InvariantCulture),
            })
            { Variant = RatingMails.VariantOf(language) });
        });
        return [.. recipients];
    }

    /// <summary>
    /// A new link for the rater: the new link row (their list and drafts carried over), the participation row pointing
    /// to it, and the old link superseded, in one batch. Null when everything was submitted meanwhile (a reminder).
    /// </summary>
    private static async Task<string?> ReissueAsync(TableClient table, string roundId, int partition, TableEntity participation,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = RatingTokens.New(roundId, partition);
            var subjects = RaterSubject.Decode(participation.GetString("Subjects"));
            var oldRow = participation.GetString("LinkRow");
            TableEntity? old = null;
            if (!string.IsNullOrEmpty(oldRow))
            {
                var read = await table.GetEntityIfExistsAsync<TableEntity>(participation.PartitionKey, oldRow, cancellationToken: cancellationToken);
                old = read.HasValue ? read.Value : null;
            }

            var link = new TableEntity(participation.PartitionKey, RaterRows.Link(RatingTokens.Hash(token)))
            {
                ["State"] = RaterSubject.IsFinished(subjects) ? RaterLinkState.Done : RaterLinkState.Open,
                ["RaterRow"] = participation.RowKey,
                ["Language"] = participation.GetString("Language") ?? Language.Ja.Code(),
                ["Subjects"] = RaterSubject.Encode(subjects),
            };
            foreach (var draft in old?.Keys.Where(RaterRows.IsDraft) ?? [])
            {
                link[draft] = old![draft];
            }

            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.Add, link),
                new(TableTransactionActionType.UpdateMerge, new TableEntity(participation.PartitionKey, participation.RowKey)
                {
                    ["LinkRow"] = link.RowKey,
                }, participation.ETag),
            };
            if (old is not null)
            {
                actions.Add(new(TableTransactionActionType.UpdateReplace, new TableEntity(old.PartitionKey, old.RowKey)
                {
                    ["State"] = RaterLinkState.Superseded,
                    ["RaterRow"] = participation.RowKey,
                    ["Language"] = old.GetString("Language"),
                }, old.ETag));
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return token;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < 5)
            {
                // A save or submission changed these rows meanwhile: read again and decide again.
                var again = await table.GetEntityAsync<TableEntity>(participation.PartitionKey, participation.RowKey,
                    cancellationToken: cancellationToken);
                participation = again.Value;
            }
        }
    }

    private static async Task<List<TableEntity>> PartitionRowsAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var query = $"PartitionKey eq {TableKeys.Quote(partitionKey)} and RowKey ge {TableKeys.Quote(RaterRows.ParticipationPrefix)}"
            + $" and RowKey lt {TableKeys.Quote(RaterRows.ParticipationEnd)}";
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(query, 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static RaterSubject ListEntry(RosterIndex index, Assignment assignment)
    {
        var subject = index.Person(assignment.SubjectId);
        return new RaterSubject(assignment.SubjectId, subject?.Name ?? assignment.SubjectId, subject?.DivisionName ?? "",
            subject?.BureauCode ?? "", assignment.Group, SubjectState.Pending);
    }

    private ParallelOptions Writers(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = options.Value.WriteParallelism, CancellationToken = cancellationToken };

    [LoggerMessage(LogLevel.Information, "360 round {RoundId}: {Raters} raters' participation rows written")]
    private partial void LogWritten(string roundId, int raters);

    [LoggerMessage(LogLevel.Information, "360 round {RoundId} {Run} partition {Partition}: {Mailed} raters mailed")]
    private partial void LogMailed(string roundId, string run, int partition, int mailed);
}
