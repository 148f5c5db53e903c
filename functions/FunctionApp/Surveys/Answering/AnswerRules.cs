using System.Globalization;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Answering;

/// <summary>
/// Checks answers as sent (form fields or JSON, both as text) against the questionnaire. Rules:
/// a score is a whole number 1–5 for an item of the questionnaire; a comment belongs to a known category and
/// is at most the configured length. Items MAY be skipped (a respondent is never forced to rate a statement
/// they cannot judge); a blank value counts as skipped. A submission needs at least one answered item.
/// </summary>
public static class AnswerRules
{
    public static AnswerCheck Check(SurveyQuestionnaire questionnaire, IEnumerable<KeyValuePair<string, string?>> scores,
        IEnumerable<KeyValuePair<string, string?>> comments, int maxCommentLength)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(comments);
        var items = questionnaire.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var categories = questionnaire.Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        var cleanScores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, raw) in scores)
        {
            if (!items.Contains(id))
            {
                errors.Add(new FieldError(id, new Text($"「{id}」はこの調査の設問ではありません。", $"'{id}' is not an item of this survey.")));
                continue;
            }

            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            if (!int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score)
                || score is < SurveyScale.Min or > SurveyScale.Max)
            {
                errors.Add(new FieldError(id, new Text($"設問{id}の回答は1から5の中から選んでください。", $"The answer to item {id} must be one of 1 to 5.")));
                continue;
            }

            cleanScores[id] = score;
        }

        var cleanComments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (category, raw) in comments)
        {
            if (!categories.Contains(category))
            {
                errors.Add(new FieldError("comment." + category,
                    new Text($"「{category}」はこの調査の分類ではありません。", $"'{category}' is not a category of this survey.")));
                continue;
            }

            var text = raw?.Trim() ?? "";
            if (text.Length == 0)
            {
                continue;
            }

            if (text.Length > maxCommentLength)
            {
                errors.Add(new FieldError("comment." + category, new Text(
                    $"自由記述は{maxCommentLength}文字以内でご記入ください（現在{text.Length}文字）。",
                    $"Please keep the comment to {maxCommentLength} characters (it has {text.Length}).")));
                continue;
            }

            cleanComments[category] = text;
        }

        return errors.Count > 0
            ? new AnswerCheck(null, errors)
            : new AnswerCheck(new SurveyAnswers(cleanScores, cleanComments), []);
    }

    /// <summary>The one rule of a submission beyond <see cref="Check"/>: an answer without a single rated item is not a response.</summary>
    public static FieldError? CheckSubmission(SurveyAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers.Scores.Count > 0
            ? null
            : new FieldError("scores", new Text("少なくとも1つの設問に回答してから送信してください。", "Please answer at least one item before submitting."));
    }

    /// <summary>
    /// The answers of one category page replace that category's part of the draft (a radio cannot be unticked, a comment can be
    /// emptied).
    /// </summary>
    public static SurveyAnswers MergePage(SurveyQuestionnaire questionnaire, SurveyAnswers draft, string categoryId, SurveyAnswers page)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(page);
        var pageItems = questionnaire.Categories.Single(c => c.Id == categoryId).Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var scores = draft.Scores.Where(p => !pageItems.Contains(p.Key))
            .Concat(page.Scores.Where(p => pageItems.Contains(p.Key)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var comments = draft.Comments.Where(p => p.Key != categoryId)
            .Concat(page.Comments.Where(p => p.Key == categoryId))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new SurveyAnswers(scores, comments);
    }
}
