using System.Text.Json;
using Azure.Data.Tables;
using Transformation.Platform.Storage;
using Transformation.ThreeSixty.Assignments;

namespace Transformation.ThreeSixty.Rating;

/// <summary>
/// The released ratings (table <see cref="RatingRelease.AnswerTable"/>, partition "{round}|{subject}", random row
/// keys). A row holds the subject, the group, the scores, the two comments and the questionnaire version: no rater,
/// no time of its own (every row of a round was written in the same release).
/// </summary>
public sealed class RatingAnswers(Tables tables)
{
    public async Task<IReadOnlyList<RatingAnswer>> ForSubjectAsync(string roundId, string subjectId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(RatingRelease.AnswerTable, cancellationToken);
        var answers = new List<RatingAnswer>();
        var partition = RatingAnswering.AnswerPartitionKey(roundId, subjectId);
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(partition)}", 1000,
            cancellationToken: cancellationToken))
        {
            answers.Add(Read(row, subjectId));
        }

        return answers;
    }

    /// <summary>
    /// The answers of several subjects, read with one range query from the lowest of their partitions to the highest
    /// (a chunk of sorted subjects is a contiguous range, so little else is read; rows of subjects not asked for are
    /// skipped). Every subject asked for is in the result, with no answers when none were released.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RatingAnswer>>> ForSubjectsAsync(
        string roundId, IReadOnlyCollection<string> subjectIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectIds);
        var bySubject = subjectIds.Distinct(StringComparer.Ordinal)
            .ToDictionary(s => s, _ => new List<RatingAnswer>(), StringComparer.Ordinal);
        if (bySubject.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<RatingAnswer>>(StringComparer.Ordinal);
        }

        var partitions = bySubject.Keys.ToDictionary(s => RatingAnswering.AnswerPartitionKey(roundId, s), s => s, StringComparer.Ordinal);
        var first = partitions.Keys.Min(StringComparer.Ordinal)!;
        var last = partitions.Keys.Max(StringComparer.Ordinal)!;
        var table = await tables.GetAsync(RatingRelease.AnswerTable, cancellationToken);
        var filter = $"PartitionKey ge {TableKeys.Quote(first)} and PartitionKey le {TableKeys.Quote(last)}";
        await foreach (var row in table.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken))
        {
            if (partitions.TryGetValue(row.PartitionKey, out var subjectId))
            {
                bySubject[subjectId].Add(Read(row, subjectId));
            }
        }

        return bySubject.ToDictionary(p => p.Key, p => (IReadOnlyList<RatingAnswer>)p.Value, StringComparer.Ordinal);
    }

    private static RatingAnswer Read(TableEntity row, string subjectId) => new(
        row.GetString("SubjectId") ?? subjectId,
        Enum.Parse<RaterGroup>(row.GetString("Group") ?? nameof(RaterGroup.Peer)),
        JsonSerializer.Deserialize<Dictionary<string, int>>(row.GetString("Scores") ?? "{}") ?? [],
        row.GetString("Strengths"),
        row.GetString("Suggestions"));

    /// <summary>A released row: exactly these properties.</summary>
    internal static TableEntity ToRow(string partitionKey, string rowKey, SealedRating rating) => new(partitionKey, rowKey)
    {
        ["SubjectId"] = rating.SubjectId,
        ["Group"] = rating.Group.ToString(),
        ["Scores"] = JsonSerializer.Serialize(rating.Scores),
        ["Strengths"] = rating.Strengths,
        ["Suggestions"] = rating.Suggestions,
        ["QuestionnaireVersion"] = rating.QuestionnaireVersion,
    };
}
