using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Scheduling;
using Transformation.Platform.Storage;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Rating;

/// <summary>
/// After the close (and the round's grace for submissions still writing), releases every waiting rating of the round at once,
/// shuffled, under new random row keys, into <see cref="AnswerTable"/>: each released row holds the subject, the
/// group, the scores, the comments and the questionnaire version, nothing else. Then every rater row of the round is
/// written again with its drafts removed, so no row keeps the moment its rater submitted (Table Storage stamps a
/// row with its last write), and the round is marked sealed. Each step can be repeated after a crash.
/// </summary>
public sealed partial class RatingRelease(
    Tables tables,
    RoundStore rounds,
    RatingSeal seal,
    TimeProvider time,
    IOptions<RatingOptions> options,
    IOptions<RoundOptions> roundOptions,
    ILogger<RatingRelease> log)
{
    public const string AnswerTable = "ThreeSixtyAnswers";

    /// <summary>
    /// When the round's ratings may be released: its close plus the round's grace (<see cref="RoundOptions.ReleaseGrace"/>,
    /// the same setting the round's orchestration waits for); null while it is not closed.
    /// </summary>
    public DateTimeOffset? ReleasableAt(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var grace = Deadline.TryParse(roundOptions.Value.ReleaseGrace, out var d) && d.Unit == DeadlineUnit.Span ? d.Span : TimeSpan.FromMinutes(1);
        return round.ClosedAt + grace;
    }

    /// <summary>Releases the round's waiting ratings and rewrites its rater rows; returns how many ratings moved.</summary>
    public async Task<int> ReleaseAsync(string roundId, CancellationToken cancellationToken = default)
    {
        var round = await rounds.GetAsync(roundId, cancellationToken)
            ?? throw new InvalidOperationException($"360 round {roundId} does not exist.");
        if (ReleasableAt(round) is not { } at || at > time.GetUtcNow())
        {
            throw new InvalidOperationException($"360 round {roundId} is not closed (or its grace has not passed): its ratings stay sealed.");
        }

        var holding = await tables.GetAsync(RatingAnswering.HoldingTable, cancellationToken);
        var answers = await tables.GetAsync(AnswerTable, cancellationToken);
        var waiting = new List<TableEntity>();
        await foreach (var row in holding.QueryAsync<TableEntity>(RoundRange(roundId), 1000, cancellationToken: cancellationToken))
        {
            waiting.Add(row);
        }

        var released = 0;
        foreach (var subject in waiting.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            var rows = subject.ToArray();
            RandomNumberGenerator.Shuffle(rows.AsSpan());
            foreach (var chunk in rows.Chunk(100))
            {
                released += await ReleaseChunkAsync(holding, answers, chunk, cancellationToken);
            }
        }

        var rewritten = await RewriteRatersAsync(round, cancellationToken);
        await rounds.MarkSealedAsync(roundId, cancellationToken);
        LogReleased(roundId, released, rewritten);
        return released;
    }

    private async Task<int> ReleaseChunkAsync(TableClient holding, TableClient answers, TableEntity[] chunk, CancellationToken cancellationToken)
    {
        // 1. Fix each rating's future row key in its holding row, so a repeat after a crash rewrites the same answer rows.
        var unkeyed = chunk.Where(r => r.GetString("ReleaseAs") is null).ToList();
        if (unkeyed.Count > 0)
        {
            foreach (var row in unkeyed)
            {
                row["ReleaseAs"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            }

            await holding.SubmitTransactionAsync(unkeyed.Select(r => new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                new TableEntity(r.PartitionKey, r.RowKey) { ["ReleaseAs"] = r.GetString("ReleaseAs") }, r.ETag)), cancellationToken);
        }

        // 2. Write the answers (the same partition in both tables, so one batch), 3. then remove them from holding.
        await answers.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Open(r))),
            cancellationToken);
        await holding.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete,
            new TableEntity(r.PartitionKey, r.RowKey), ETag.All)), cancellationToken);
        return chunk.Length;
    }

    private TableEntity Open(TableEntity row)
    {
        var opened = SealedRating.Decode(seal.Open(row.GetString("Rating"), RatingSeal.AnswerContext(row.PartitionKey, row.RowKey)))
            ?? throw new InvalidOperationException(
                "A sealed 360 rating cannot be opened: ThreeSixty:Rating:SealKey is not the key it was sealed with.");
        return RatingAnswers.ToRow(row.PartitionKey, row.GetString("ReleaseAs")!, opened);
    }

    /// <summary>Every rater row of the round written again, drafts removed: afterwards all carry the same moment.</summary>
    private async Task<int> RewriteRatersAsync(Round round, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(RaterRows.Table, cancellationToken);
        var counts = new int[round.Partitions];
        await Parallel.ForEachAsync(Enumerable.Range(0, round.Partitions),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.WriteParallelism, CancellationToken = cancellationToken },
            async (partition, ct) =>
            {
                var rows = new List<TableEntity>();
                var key = RatingTokens.PartitionKey(round.RoundId, partition);
                await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(key)}", 1000, cancellationToken: ct))
                {
                    foreach (var name in row.Keys.Where(RaterRows.IsDraft).ToList())
                    {
                        row.Remove(name);
                    }

                    rows.Add(row);
                }

                foreach (var chunk in rows.Chunk(100))
                {
                    await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)),
                        ct);
                }

                counts[partition] = rows.Count;
            });
        return counts.Sum();
    }

    /// <summary>Every partition "{round}|…": from "{round}|" up to the next character after '|'.</summary>
    internal static string RoundRange(string roundId) =>
        $"PartitionKey ge {TableKeys.Quote(roundId + "|")} and PartitionKey lt {TableKeys.Quote(roundId + "}")}";

    [LoggerMessage(LogLevel.Information, "360 round {RoundId}: {Released} ratings released, {Rewritten} rater rows rewritten")]
    private partial void LogReleased(string roundId, int released, int rewritten);
}
