using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;
using Transformation.Surveys.Cycles;

namespace Transformation.Surveys.Sealing;

/// <summary>
/// Moves submitted answers from the holding table ("SurveySealed") into the answers table ("SurveyAnswers").
///
/// Why: Table Storage stamps every entity with the time of its last write. A submission marks the person's
/// participation row and writes their answer within milliseconds, so anyone who can read the storage account
/// could pair the two by time. Answers therefore wait in the holding table, and are released per division:
/// only when at least <see cref="SurveyOptions.MinimumRelease"/> wait (or the cycle has closed), in shuffled
/// order, under new random row keys, in batch writes. A released answer's only time is the release, shared by
/// the whole batch; it names no person and holds no key of the invitation table.
/// The holding rows are deleted once released, so the pairing by time is possible only while an answer waits.
/// What remains possible, and accepted: someone watching the storage live during the cycle sees a division's
/// answers appear as a group of at least MinimumRelease at once, and can tell which people of that division
/// answered since the previous release, but not who gave which answer; the leftovers released at close may be
/// a smaller group (results of groups under the reporting minimum are suppressed by aggregation anyway).
/// </summary>
public sealed partial class SurveySealer(Tables tables, SurveyCycles cycles, TimeProvider time, IOptions<SurveyOptions> options, ILogger<SurveySealer> log)
{
    public const string HoldingTable = "SurveySealed";
    public const string AnswerTable = "SurveyAnswers";

    /// <summary>Releases what may be released now; returns how many answers moved. Idempotent: a crash midway repeats, never duplicates.</summary>
    public async Task<int> ReleaseAsync(CancellationToken cancellationToken = default)
    {
        var holding = await tables.GetAsync(HoldingTable, cancellationToken);
        var answers = await tables.GetAsync(AnswerTable, cancellationToken);
        var now = time.GetUtcNow();
        var settled = now.AddSeconds(-options.Value.ReleaseGraceSeconds);
        var waiting = new List<SealedAnswerEntity>();
        await foreach (var row in holding.QueryAsync<SealedAnswerEntity>(maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            waiting.Add(row);
        }

        var released = 0;
        foreach (var group in waiting.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            var cycle = await cycles.GetAsync(AnswerPartitions.CycleOf(group.Key), cancellationToken);
            var closed = cycle is null || !cycle.IsOpenAt(now);
            // While the cycle is open, a just-written answer may belong to a submission still marking its link.
            var ready = group.Where(r => closed || r.Timestamp is null || r.Timestamp <= settled).ToArray();
            if (ready.Length == 0 || (!closed && ready.Length < options.Value.MinimumRelease))
            {
                continue;
            }

            RandomNumberGenerator.Shuffle(ready.AsSpan());
            foreach (var chunk in ready.Chunk(100))
            {
                released += await ReleaseChunkAsync(holding, answers, chunk, cancellationToken);
            }
        }

        if (released > 0)
        {
            LogReleased(released);
        }

        return released;
    }

    private static async Task<int> ReleaseChunkAsync(TableClient holding, TableClient answers, SealedAnswerEntity[] chunk, CancellationToken cancellationToken)
    {
        // 1. Fix each answer's future row key in its holding row, so repeating after a crash rewrites the same answer rows.
        var unkeyed = chunk.Where(r => r.ReleaseAs is null).ToList();
        if (unkeyed.Count > 0)
        {
            foreach (var row in unkeyed)
            {
                row.ReleaseAs = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            }

            try
            {
                await holding.SubmitTransactionAsync(unkeyed.Select(r => new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                    new TableEntity(r.PartitionKey, r.RowKey) { ["ReleaseAs"] = r.ReleaseAs }, r.ETag)), cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
            {
                return 0; // rewritten or removed meanwhile (a repeated submission); the next run takes it
            }
        }

        // 2. Write the answers (same partition in both tables, so one batch), 3. then remove them from holding.
        await answers.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new SurveyAnswerEntity
        {
            PartitionKey = r.PartitionKey,
            RowKey = r.ReleaseAs!,
            CycleId = r.CycleId,
            BureauCode = r.BureauCode,
            DivisionCode = r.DivisionCode,
            QuestionnaireVersion = r.QuestionnaireVersion,
            Scores = r.Scores,
            Comments = r.Comments,
        })), cancellationToken);
        await holding.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete,
            new TableEntity(r.PartitionKey, r.RowKey), ETag.All)), cancellationToken);
        return chunk.Length;
    }

    [LoggerMessage(LogLevel.Information, "Released {Count} sealed survey answers")]
    private partial void LogReleased(int count);
}
