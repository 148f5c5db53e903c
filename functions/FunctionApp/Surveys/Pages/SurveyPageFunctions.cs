using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Pages;

/// <summary>
/// The survey as pages, opened from the invitation email. Anonymous on purpose: the token is the credential.
/// The mailed address /survey/{token} moves it into a cookie (<see cref="TokenCookie"/>) and redirects to
/// /survey, so the pages and their posts never carry it in their address. Every POST is checked against
/// forgery, then validated in full before anything is stored.
/// </summary>
public sealed class SurveyPageFunctions(
    SurveyAnswering answering,
    SurveyPageViews views,
    QuestionnaireSource questionnaire,
    PageRequests pages,
    IOptions<SurveyOptions> options)
{
    public const string PagePath = "/survey";

    public static readonly TokenCookie Cookie = new("tx_survey", PagePath);

    private static readonly HashSet<string> NotAnswers = new(StringComparer.Ordinal)
    {
        SurveyPageViews.CategoryField, SurveyPageViews.ActionField, SurveyPageViews.CommentField,
        PageRegistration.AntiforgeryField, TokenCookie.PageField,
    };

    [Function("SurveyPageShow")]
    [QueryParameter("c", "The category to open on; kept on the redirect.")]
    [ProducesResponseType(StatusCodes.Status303SeeOther)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status410Gone)]
    [AllowAnonymous]
    [Description("Opens a survey link from the invitation email: a usable link's token goes into a cookie and the answer is 303 "
        + "to /survey (keeping ?c=); 404 unknown link, 410 answered, closed or replaced.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "survey/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        var opened = await pages.OpenAsync(request, cancellationToken);
        TokenPages.NoStore(request);
        var opening = await answering.OpenAsync(token, cancellationToken);
        var page = TokenPages.InLinkLanguage(opened, opening.Language);
        if (opening.Session is null)
        {
            return SurveyPageViews.Refused(page, opening.Refusal!.Value);
        }

        // Reading only, as before: mail scanners fetch this address.
        Cookie.Store(request.HttpContext, token);
        var category = questionnaire.Category(request.Query["c"])?.Id;
        return PageResults.SeeOther(request, SurveyPageViews.Address(request, category, null, page.Language));
    }

    [Function("SurveyPage")]
    [QueryParameter("c", "The category to show (work, workplace or organisation); the first without it.")]
    [QueryParameter("saved", "Present after the draft was saved: says so.")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [AllowAnonymous]
    [Description("A survey page for the link whose token the cookie holds: one category (?c=work|workplace|organisation) with "
        + "the saved draft; 400 asking to open the link from the email again when there is no cookie; 404, 410 as for the link.")]
    public async Task<IActionResult> Page(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "survey")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var opened = await pages.OpenAsync(request, cancellationToken);
        TokenPages.NoStore(request);
        if (Cookie.Read(request) is not { } token)
        {
            return TokenPages.Missing(request, opened.Language);
        }

        var opening = await answering.OpenAsync(token, cancellationToken);
        var page = TokenPages.InLinkLanguage(opened, opening.Language);
        if (opening.Session is not { } session)
        {
            return SurveyPageViews.Refused(page, opening.Refusal!.Value);
        }

        Cookie.Store(request.HttpContext, token);
        var category = questionnaire.Category(request.Query["c"]) ?? questionnaire.Current.Categories[0];
        var view = views.Category(page, session, category, SurveyPageViews.ValuesOf(session.Draft, category), [],
            saved: request.Query.ContainsKey("saved"));
        return page.Render<SurveyAnswerPage>(SurveyTexts.Title, view);
    }

    [Function("SurveyPageSubmit")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [AllowAnonymous]
    [Description("Posts one survey page of the link whose token the cookie holds (anti-forgery checked; 409 when another link "
        + "was opened since): saves the draft and moves Back / Next, or submits once on the last page.")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "survey")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TokenPages.NoStore(request);
        if (Cookie.Read(request) is not { } token)
        {
            // Before the anti-forgery check: without the cookie there is nothing to send, whatever the form holds.
            return TokenPages.Missing(request, Languages.Of(request));
        }

        // The form posts to an address carrying ?lang=, so a refused form speaks the page's language.
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var opening = await answering.OpenAsync(token, cancellationToken);
        var page = TokenPages.InLinkLanguage(post.Page, opening.Language);
        if (!TokenCookie.IsSamePage(post.Form, token))
        {
            return TokenPages.OtherLink(request, page.Language);
        }

        if (opening.Session is not { } session)
        {
            return SurveyPageViews.Refused(page, opening.Refusal!.Value);
        }

        Cookie.Store(request.HttpContext, token);
        var form = post.Form;
        var category = questionnaire.Category(form[SurveyPageViews.CategoryField]);
        if (category is null)
        {
            return page.Error(StatusCodes.Status400BadRequest);
        }

        var posted = form.Where(p => !NotAnswers.Contains(p.Key))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()));
        var comment = new[] { new KeyValuePair<string, string?>(category.Id, post.Field(SurveyPageViews.CommentField)) };
        var check = AnswerRules.Check(questionnaire.Current, posted, comment, options.Value.MaxCommentLength);
        var values = form.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
        if (!check.IsValid)
        {
            // Nothing is stored: the page again, with what was sent and what is wrong with it.
            return page.Render<SurveyAnswerPage>(SurveyTexts.Title, views.Category(page, session, category, values, check.Errors, saved: false),
                StatusCodes.Status400BadRequest);
        }

        var draft = AnswerRules.MergePage(questionnaire.Current, session.Draft, category.Id, check.Answers!);
        var action = post.Field(SurveyPageViews.ActionField);
        if (action == "submit")
        {
            if (AnswerRules.CheckSubmission(draft) is { } missing)
            {
                var errors = new[] { missing with { Field = questionnaire.Current.Categories[^1].Items[0].Id } };
                return page.Render<SurveyAnswerPage>(SurveyTexts.Title, views.Category(page, session, category, values, errors, saved: false),
                    StatusCodes.Status400BadRequest);
            }

            var refused = await answering.SubmitAsync(session, draft, cancellationToken);
            if (refused is null)
            {
                Cookie.Clear(request.HttpContext);
                return page.Render<SurveyThanksPage>(SurveyTexts.ThanksTitle, new SurveyThanksView());
            }

            return SurveyPageViews.Refused(page, refused.Value);
        }

        var savedRefusal = await answering.SaveDraftAsync(session, draft, cancellationToken);
        if (savedRefusal is not null)
        {
            return SurveyPageViews.Refused(page, savedRefusal.Value);
        }

        var categories = questionnaire.Current.Categories.ToList();
        var index = categories.FindIndex(c => c.Id == category.Id);
        var target = action switch
        {
            "back" => categories[Math.Max(0, index - 1)],
            "next" => categories[Math.Min(categories.Count - 1, index + 1)],
            _ => category,
        };
        // Post/redirect/get: a reload after saving does not post again.
        return PageResults.SeeOther(request, SurveyPageViews.Address(request, target.Id, action == "save" ? "saved" : null, null));
    }
}
