using System.Globalization;
using Transformation.Platform.Http;
using Transformation.ThreeSixty.Questionnaire;

namespace Transformation.ThreeSixty.Rating;

/// <summary>The result of checking a posted rating: the response, or what is wrong with it (by field).</summary>
public sealed record RatingCheck(RatingResponse? Response, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Response is not null;
}

/// <summary>
/// Checks a posted rating form. Each item is "1".."5" or <see cref="CannotJudge"/>; a draft may leave items open, a
/// submission may not. Comments are optional and at most the configured length. Anything else is an error on its
/// field, so the page comes back with the values as sent.
/// </summary>
public static class RatingRules
{
    public const string CannotJudge = "na";
    public const string StrengthsField = "strengths";
    public const string SuggestionsField = "suggestions";

    public static RatingCheck Check(RatingQuestionnaire questionnaire, Func<string, string?> field, int maxCommentLength, bool submit)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(field);
        var errors = new List<FieldError>();
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        var cannotJudge = new List<string>();
        foreach (var item in questionnaire.Items)
        {
            var value = field(item.Id)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (submit)
                {
                    errors.Add(new FieldError(item.Id, ThreeSixtyRatingTexts.ItemMissing));
                }
            }
            else if (value == CannotJudge)
            {
                cannotJudge.Add(item.Id);
            }
            else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5
                && value.Length == 1)
            {
                scores[item.Id] = score;
            }
            else
            {
                errors.Add(new FieldError(item.Id, ThreeSixtyRatingTexts.ItemInvalid));
            }
        }

        var strengths = Comment(field(StrengthsField), StrengthsField, maxCommentLength, errors);
        var suggestions = Comment(field(SuggestionsField), SuggestionsField, maxCommentLength, errors);
        return errors.Count > 0
            ? new RatingCheck(null, errors)
            : new RatingCheck(new RatingResponse(scores, cannotJudge, strengths, suggestions), []);
    }

    /// <summary>A response as form values: item id → "1".."5" or "na", and the comments.</summary>
    public static Dictionary<string, string?> ValuesOf(RatingResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var values = response.Scores.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        foreach (var id in response.CannotJudge)
        {
            values[id] = CannotJudge;
        }

        values[StrengthsField] = response.Strengths;
        values[SuggestionsField] = response.Suggestions;
        return values;
    }

    private static string? Comment(string? value, string name, int max, List<FieldError> errors)
    {
        var text = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > max)
        {
            errors.Add(new FieldError(name, ThreeSixtyRatingTexts.CommentTooLong.With(max)));
        }

        return text;
    }
}
