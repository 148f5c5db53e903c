using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;
using Transformation.Surveys.Cycles;

namespace Transformation.Surveys.Sealing;

/// <summary>
/// Holds submitted answers sealed until the cycle closes, then releases them all at once into the answers table.
///
/// Why: Table Storage stamps every entity with the time of its last write, and a submission marks the person's
/// participation row in the same instant as it writes their answer. So a waiting answer ("SurveySealed") is
/// encrypted with <see cref="SurveyOptions.SealKey"/>, which storage does not hold: a reader of the account, its
/// backups or logs can pair a waiting row with a person by time but cannot open it. After the close (and a grace
/// for submissions still writing), every answer of the cycle is released in one pass, shuffled, under new random
/// row keys: released answers carry only the release time, the same for all, so no batch matches a window of
/// submissions, and there is no small last batch. Then every participation and link row of the cycle is rewritten
/// (drafts removed), so no row keeps the moment its owner submitted (<see cref="Participation.SurveyInvitations.CloseOutAsync"/>).
/// Residual risk: someone holding both the storage and the seal key during the cycle could open waiting answers.
/// </summary>
public sealed partial class SurveySealer(Tables tables, SurveyCycles cycles, IOptions<SurveyOptions> options, ILogger<SurveySealer> log)
{
    public const string HoldingTable = "SurveySealed";
    public const string AnswerTable = "SurveyAnswers";

    /// <summary>Seals an answer's scores and comments for the holding table, bound to its row.</summary>
    public string Seal(string partitionKey, string rowKey, string value) =>
        SealCipher.Encrypt(options.Value.SealKeyBytes(), value, partitionKey + "/" + rowKey);

    /// <summary>
    /// Seals a draft for its link row. Bound to the person's participation row rather than the link, so the draft
    /// still opens after a reminder moves it to a new link of the same person.
    /// </summary>
    public string? SealDraft(LinkContext link, string? value) =>
        value is null ? null : SealCipher.Encrypt(options.Value.SealKeyBytes(), value, link.Context);

    /// <summary>The draft's plain text, or null when there is none (or it cannot be opened: then it is as if unsaved).</summary>
    public string? OpenDraft(LinkContext link, string? sealedValue) =>
        SealCipher.Decrypt(options.Value.SealKeyBytes(), sealedValue, link.Context);

    /// <summary>
    /// Releases every waiting answer of a closed cycle; returns how many moved. Idempotent: a crash midway repeats,
    /// never duplicates. Throws while the cycle is open, and when a waiting answer cannot be opened (the seal key
    /// changed during the cycle), so that nothing is aggregated without it.
    /// </summary>
    public async Task<int> ReleaseCycleAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var cycle = await cycles.GetFreshAsync(cycleId, cancellationToken);
        if (cycle?.ClosedAt is null)
        {
            throw new InvalidOperationException($"Survey cycle {cycleId} is not closed; its answers stay sealed.");
        }

        var holding = await tables.GetAsync(HoldingTable, cancellationToken);
        var answers = await tables.GetAsync(AnswerTable, cancellationToken);
        var waiting = await WaitingAsync(holding, cycleId, cancellationToken);
        var released = 0;
        foreach (var division in waiting.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            var rows = division.ToArray();
            RandomNumberGenerator.Shuffle(rows.AsSpan());
            foreach (var chunk in rows.Chunk(100))
            {
                released += await ReleaseChunkAsync(holding, answers, chunk, cancellationToken);
            }
        }

        LogReleased(released, cycleId);
        return released;
    }

    /// <summary>How many answers of the cycle still wait.</summary>
    public async Task<int> WaitingCountAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var holding = await tables.GetAsync(HoldingTable, cancellationToken);
        return (await WaitingAsync(holding, cycleId, cancellationToken)).Count;
    }

    /// <summary>
    /// For the timer: an answer that reached the holding table after its cycle was sealed can no longer be counted,
    /// and released alone it would stand next to the one participation row written after the close. It is removed.
    /// </summary>
    public async Task<int> DiscardStragglersAsync(CancellationToken cancellationToken = default)
    {
        var holding = await tables.GetAsync(HoldingTable, cancellationToken);
        var sealedCycles = new Dictionary<string, bool>(StringComparer.Ordinal);
        var discarded = 0;
        await foreach (var row in holding.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            var cycleId = AnswerPartitions.CycleOf(row.PartitionKey);
            if (!sealedCycles.TryGetValue(cycleId, out var isSealed))
            {
                var cycle = await cycles.GetFreshAsync(cycleId, cancellationToken);
                sealedCycles[cycleId] = isSealed = cycle is null || cycle.SealedAt is not null;
            }

            if (isSealed)
            {
                await holding.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                discarded++;
            }
        }

        if (discarded > 0)
        {
            LogDiscarded(discarded);
        }

        return discarded;
    }

    private static async Task<List<SealedAnswerEntity>> WaitingAsync(TableClient holding, string cycleId, CancellationToken cancellationToken)
    {
        var waiting = new List<SealedAnswerEntity>();
        await foreach (var row in holding.QueryAsync<SealedAnswerEntity>(
            AnswerPartitions.CycleFilter(cycleId), 1000, cancellationToken: cancellationToken))
        {
            waiting.Add(row);
        }

        return waiting;
    }

    private async Task<int> ReleaseChunkAsync(
        TableClient holding,
        TableClient answers,
        SealedAnswerEntity[] chunk,
        CancellationToken cancellationToken)
    {
        // 1. Fix each answer's future row key in its holding row, so repeating after a crash rewrites the same answer rows.
        var unkeyed = chunk.Where(r => r.ReleaseAs is null).ToList();
        if (unkeyed.Count > 0)
        {
            foreach (var row in unkeyed)
            {
                row.ReleaseAs = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            }

            await holding.SubmitTransactionAsync(unkeyed.Select(r => new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                new TableEntity(r.PartitionKey, r.RowKey) { ["ReleaseAs"] = r.ReleaseAs }, r.ETag)), cancellationToken);
        }

        // 2. Write the answers (same partition in both tables, so one batch), 3. then remove them from holding.
        await answers.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Open(r))),
            cancellationToken);
        await holding.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete,
            new TableEntity(r.PartitionKey, r.RowKey), ETag.All)), cancellationToken);
        return chunk.Length;
    }

    private SurveyAnswerEntity Open(SealedAnswerEntity row)
    {
        var key = options.Value.SealKeyBytes();
        var context = row.PartitionKey + "/" + row.RowKey;
        var scores = SealCipher.Decrypt(key, row.Scores, context);
        var comments = SealCipher.Decrypt(key, row.Comments, context);
        if (scores is null || comments is null)
        {
            throw new InvalidOperationException(
                $"A sealed answer of {row.CycleId} cannot be opened: Surveys:SealKey is not the key it was sealed with.");
        }

        return new SurveyAnswerEntity
        {
            PartitionKey = row.PartitionKey,
            RowKey = row.ReleaseAs!,
            CycleId = row.CycleId,
            BureauCode = row.BureauCode,
            DivisionCode = row.DivisionCode,
            QuestionnaireVersion = row.QuestionnaireVersion,
            Scores = scores,
            Comments = comments,
        };
    }

    [LoggerMessage(LogLevel.Information, "Released {Count} sealed survey answers of cycle {CycleId}")]
    private partial void LogReleased(int count, string cycleId);

    [LoggerMessage(LogLevel.Warning, "Discarded {Count} survey answers that arrived after their cycle was sealed")]
    private partial void LogDiscarded(int count);
}
