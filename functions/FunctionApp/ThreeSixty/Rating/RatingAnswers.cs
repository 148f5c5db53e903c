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
            answers.Add(new RatingAnswer(
                row.GetString("SubjectId") ?? subjectId,
                Enum.Parse<RaterGroup>(row.GetString("Group") ?? nameof(RaterGroup.Peer)),
                JsonSerializer.Deserialize<Dictionary<string, int>>(row.GetString("Scores") ?? "{}") ?? [],
                row.GetString("Strengths"),
                row.GetString("Suggestions")));
        }

        return answers;
    }

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
