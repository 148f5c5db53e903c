using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Answers;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Pages;

/// <summary>
/// The survey pages: one page per category (work → workplace → organisation), a 5-point scale per statement,
/// one optional comment per category, Back / Save / Next and, on the last page, Submit. No script: plain
/// forms that work on any phone and under the pages' content security policy.
/// </summary>
public sealed class SurveyPageRenderer(QuestionnaireSource questionnaire, FormProtection forms, JapanTime japanTime)
{
    public const string CategoryField = "category";
    public const string ActionField = "action";
    public const string CommentField = "comment";

    /// <summary>One category page, showing <paramref name="values"/> (the draft, or what was just posted) and any errors.</summary>
    public ContentResult Category(HttpRequest request, Language language, SurveySession session, SurveyCategory category,
        IReadOnlyDictionary<string, string?> values, IReadOnlyList<FieldError> errors, bool saved, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(category);
        var categories = questionnaire.Current.Categories;
        var index = categories.ToList().FindIndex(c => c.Id == category.Id);
        var isLast = index == categories.Count - 1;
        var form = new PageForm(language, values, errors);
        var closes = japanTime.ToLocal(session.Cycle.ClosesAt);
        var items = Html.Join(category.Items.Select(item =>
            form.Radios(item.Id, new Text($"{item.Id} {item.Statement.Ja}", $"{item.Id}. {item.Statement.En}"), SurveyScale.Choices)));
        var comment = form.TextArea(CommentField, SurveyTexts.Comment(category.Name), rows: 4);
        var unanswered = isLast ? Unanswered(session.Draft, category, values) : 0;
        // The forward button comes first in the document, so Enter moves on rather than back; the row is shown reversed.
        var buttons = Html.Join(
            isLast ? Button("submit", SurveyTexts.Submit, false, language) : Button("next", SurveyTexts.Next, false, language),
            Button("save", SurveyTexts.Save, true, language),
            index > 0 ? Button("back", SurveyTexts.Back, true, language) : Html.Empty);
        var body = Html.Format($"""
            {(saved ? Html.Format($"""<p class="notice" role="status">{SurveyTexts.Saved.In(language)}</p>""") : Html.Empty)}
            <p><strong>{SurveyTexts.Step(index + 1, categories.Count, category.Name).In(language)}</strong></p>
            <p>{SurveyTexts.Deadline(DisplayDates.Format(closes, Language.Ja), DisplayDates.Format(closes, Language.En)).In(language)}</p>
            <p>{SurveyTexts.Instructions.In(language)}</p>
            <form method="post" action="{Address(request, null, null, null)}">
            {form.ErrorSummary()}
            {forms.HiddenField(request.HttpContext)}
            {TokenCookie.HiddenField(session.Token)}
            <input type="hidden" name="{CategoryField}" value="{category.Id}">
            <h2>{category.Name.In(language)}</h2>
            {items}
            {comment}
            {(isLast && unanswered > 0 ? Html.Format($"""<p class="notice">{SurveyTexts.Unanswered(unanswered).In(language)}</p>""") : Html.Empty)}
            {(isLast ? Html.Format($"<p>{SurveyTexts.FinalHint.In(language)}</p>") : Html.Empty)}
            <p>{SurveyTexts.SaveHint.In(language)}</p>
            <div style="display:flex;flex-flow:row-reverse wrap;justify-content:flex-end">{buttons}</div>
            </form>
            """);
        return PageResults.Page(request, language, SurveyTexts.Title, body, status);
    }

    public static ContentResult Thanks(HttpRequest request, Language language) =>
        PageResults.Page(request, language, SurveyTexts.ThanksTitle, Html.Format($"""<p class="notice" role="status">{SurveyTexts.ThanksBody.In(language)}</p>"""));

    public static ContentResult Refused(HttpRequest request, Language language, SurveyRefusal refusal) => refusal switch
    {
        SurveyRefusal.AlreadySubmitted => PageResults.Error(request, language, StatusCodes.Status410Gone, SurveyTexts.SubmittedTitle, SurveyTexts.SubmittedBody),
        SurveyRefusal.Closed => PageResults.Error(request, language, StatusCodes.Status410Gone, SurveyTexts.ClosedTitle, SurveyTexts.ClosedBody),
        SurveyRefusal.Superseded => PageResults.Error(request, language, StatusCodes.Status410Gone, SurveyTexts.SupersededTitle, SurveyTexts.SupersededBody),
        _ => PageResults.Error(request, language, StatusCodes.Status404NotFound, SurveyTexts.UnknownTitle, SurveyTexts.UnknownBody),
    };

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

    private static Html Button(string action, Text label, bool secondary, Language language) => secondary
        ? Html.Format($"""<button type="submit" name="{ActionField}" value="{action}" style="background:#fff;color:#0b3a6e;border:2px solid #0b3a6e;margin:0 .5rem .5rem 0">{label.In(language)}</button>""")
        : Html.Format($"""<button type="submit" name="{ActionField}" value="{action}" style="margin:0 .5rem .5rem 0">{label.In(language)}</button>""");
}
