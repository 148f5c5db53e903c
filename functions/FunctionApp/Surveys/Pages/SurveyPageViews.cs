using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Pages;

/// <summary>
/// The survey pages' views: one page per category (work → workplace → organisation), a 5-point scale per statement,
/// one optional comment per category, Back / Save / Next and, on the last page, Submit. No script: plain
/// forms that work on any phone and under the pages' content security policy.
/// </summary>
public sealed class SurveyPageViews(QuestionnaireSource questionnaire, JapanTime japanTime)
{
    public const string CategoryField = "category";
    public const string ActionField = "action";
    public const string CommentField = "comment";

    /// <summary>One category page, showing <paramref name="values"/> (the draft, or what was just posted) and any errors.</summary>
    public SurveyAnswerPageView Category(PageRequest page, SurveySession session, SurveyCategory category,
        IReadOnlyDictionary<string, string?> values, IReadOnlyList<FieldError> errors, bool saved)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(category);
        var categories = questionnaire.Current.Categories;
        var index = categories.ToList().FindIndex(c => c.Id == category.Id);
        var isLast = index == categories.Count - 1;
        return new SurveyAnswerPageView(
            Address(page.Http, null, null, null), page.Csrf, LinkTokens.PageId(session.Token), category, index + 1, categories.Count,
            DisplayDates.Both(japanTime.ToLocal(session.Cycle.ClosesAt)), new FormState(values, errors), saved,
            isLast ? Unanswered(session.Draft, category, values) : 0);
    }

    public static ContentResult Refused(PageRequest page, SurveyRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (status, title, body) = refusal switch
        {
            SurveyRefusal.AlreadySubmitted => (StatusCodes.Status410Gone, SurveyTexts.SubmittedTitle, SurveyTexts.SubmittedBody),
            SurveyRefusal.Closed => (StatusCodes.Status410Gone, SurveyTexts.ClosedTitle, SurveyTexts.ClosedBody),
            SurveyRefusal.Superseded => (StatusCodes.Status410Gone, SurveyTexts.SupersededTitle, SurveyTexts.SupersededBody),
            _ => (StatusCodes.Status404NotFound, SurveyTexts.UnknownTitle, SurveyTexts.UnknownBody),
        };
        return page.Error(status, title, body);
    }

    /// <summary>
    /// The pages' address: /survey (the token stays in its cookie), with the category and the language if the
    /// person chose one (<paramref name="language"/>, when given, is set instead: the first visit fixes it).
    /// </summary>
    public static string Address(HttpRequest request, string? category, string? extra, Language? language)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new List<KeyValuePair<string, string?>>();
        if (category is not null)
        {
            query.Add(new("c", category));
        }

        if (language is { } fixedLanguage)
        {
            query.Add(new("lang", fixedLanguage.Code()));
        }
        else if (request.Query.TryGetValue("lang", out var lang) && !string.IsNullOrEmpty(lang))
        {
            query.Add(new("lang", Languages.Parse(lang).Code()));
        }

        if (extra is not null)
        {
            query.Add(new(extra, "1"));
        }

        return request.PathBase.Add(SurveyPageFunctions.PagePath).ToUriComponent() + QueryString.Create(query).ToUriComponent();
    }

    /// <summary>The draft as form values: item id → "1".."5", and the category's comment.</summary>
    public static Dictionary<string, string?> ValuesOf(SurveyAnswers draft, SurveyCategory category)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(category);
        var values = category.Items.Where(i => draft.Scores.ContainsKey(i.Id))
            .ToDictionary(i => i.Id, i => (string?)draft.Scores[i.Id].ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        values[CommentField] = draft.Comments.GetValueOrDefault(category.Id);
        return values;
    }

    private int Unanswered(SurveyAnswers draft, SurveyCategory shown, IReadOnlyDictionary<string, string?> values) =>
        questionnaire.Current.Items.Count(i => i.CategoryId == shown.Id
            ? string.IsNullOrEmpty(values.GetValueOrDefault(i.Id))
            : !draft.Scores.ContainsKey(i.Id));
}
