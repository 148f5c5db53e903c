using System.Globalization;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// Checks a judge's scores against the rubric, for the API and the form alike: every criterion scored, each a whole
/// number from 1 to 5, no criterion the rubric does not have, a comment of reasonable length. Fields: "scores.{id}", "comment".
/// </summary>
public static class ScoreValidator
{
    public const int MaxCommentLength = 2000;

    public static ScoreValidation Validate(IReadOnlyList<RubricCriterion> rubric, IReadOnlyDictionary<string, string?> values, string? comment)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(values);
        var errors = new List<FieldError>();
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = rubric.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var key in values.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            errors.Add(new FieldError(Field(key), new Text(
                $"「{key}」は評価基準にありません（基準: {string.Join(", ", known)}）。",
                $"\"{key}\" is not a criterion of the rubric (criteria: {string.Join(", ", known)}).")));
        }

        foreach (var criterion in rubric)
        {
            var raw = values.TryGetValue(criterion.Id, out var v) ? v?.Trim() : null;
            if (string.IsNullOrEmpty(raw))
            {
                errors.Add(new FieldError(Field(criterion.Id), new Text($"「{criterion.Ja}」の点数を選んでください。", $"Score \"{criterion.En}\".")));
            }
            else if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var score)
                || score is < Scorecard.Lowest or > Scorecard.Highest)
            {
                errors.Add(new FieldError(Field(criterion.Id), new Text(
                    $"「{criterion.Ja}」は1〜5の整数で採点してください。", $"Score \"{criterion.En}\" with a whole number from 1 to 5.")));
            }
            else
            {
                scores[criterion.Id] = score;
            }
        }

        var text = comment?.Trim() ?? "";
        if (text.Length > MaxCommentLength)
        {
            errors.Add(new FieldError("comment", new Text(
                $"コメントは{MaxCommentLength}字以内で入力してください。", $"Keep the comment to {MaxCommentLength} characters.")));
        }

        return new ScoreValidation(errors, scores, text);
    }

    public static string Field(string criterionId) => "scores." + criterionId;
}
