using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Answers;
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
    SurveyPageRenderer pages,
    QuestionnaireSource questionnaire,
    FormProtection forms,
    IOptions<SurveyOptions> options)
{
    public const string PagePath = "/survey";

    public static readonly TokenCookie Cookie = new("tx_survey", PagePath);

    private static readonly HashSet<string> NotAnswers = new(StringComparer.Ordinal)
    {
        SurveyPageRenderer.CategoryField, SurveyPageRenderer.ActionField, SurveyPageRenderer.CommentField,
        PageRegistration.AntiforgeryField, TokenCookie.PageField,
    };

    [Function("SurveyPageShow")]
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
        ArgumentNullException.ThrowIfNull(request);
        NoStore(request);
        var opening = await answering.OpenAsync(token, cancellationToken);
        var language = LanguageOf(request, opening);
        if (opening.Session is null)
        {
            return SurveyPageRenderer.Refused(request, language, opening.Refusal!.Value);
        }

        // Reading only, as before: mail scanners fetch this address.
        Cookie.Store(request.HttpContext, token);
        var category = questionnaire.Category(request.Query["c"])?.Id;
        return SeeOther(request, SurveyPageRenderer.Address(request, category, null, language));
    }

    [Function("SurveyPage")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [AllowAnonymous]
    [Description("A survey page for the link whose token the cookie holds: one category (?c=work|workplace|organisation) with "
        + "the saved draft; 400 asking to open the link from the email again when there is no cookie; 404, 410 as for the link.")]
    public async Task<IActionResult> Page(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "survey")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        NoStore(request);
        if (Cookie.Read(request) is not { } token)
        {
            return TokenPages.Missing(request, Languages.Of(request));
        }

        var opening = await answering.OpenAsync(token, cancellationToken);
        var language = LanguageOf(request, opening);
        if (opening.Session is not { } session)
        {
            return SurveyPageRenderer.Refused(request, language, opening.Refusal!.Value);
        }

        Cookie.Store(request.HttpContext, token);
        var category = questionnaire.Category(request.Query["c"]) ?? questionnaire.Current.Categories[0];
        return pages.Category(request, language, session, category, SurveyPageRenderer.ValuesOf(session.Draft, category), [],
            saved: request.Query.ContainsKey("saved"));
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
        NoStore(request);
        if (Cookie.Read(request) is not { } token)
        {
            return TokenPages.Missing(request, Languages.Of(request));
        }

        var opening = await answering.OpenAsync(token, cancellationToken);
        var language = LanguageOf(request, opening);
        var forged = await forms.RejectIfForgedAsync(request, language);
        if (forged is not null)
        {
            return forged;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (!TokenCookie.IsSamePage(form, token))
        {
            return TokenPages.OtherLink(request, language);
        }

        if (opening.Session is not { } session)
        {
            return SurveyPageRenderer.Refused(request, language, opening.Refusal!.Value);
        }

        Cookie.Store(request.HttpContext, token);
        var category = questionnaire.Category(form[SurveyPageRenderer.CategoryField]);
        if (category is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status400BadRequest);
        }

        var posted = form.Where(p => !NotAnswers.Contains(p.Key))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()));
        var comment = new[] { new KeyValuePair<string, string?>(category.Id, form[SurveyPageRenderer.CommentField].ToString()) };
        var check = AnswerRules.Check(questionnaire.Current, posted, comment, options.Value.MaxCommentLength);
        var values = form.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
        if (!check.IsValid)
        {
            // Nothing is stored: the page again, with what was sent and what is wrong with it.
            return pages.Category(request, language, session, category, values, check.Errors, saved: false, StatusCodes.Status400BadRequest);
        }

        var draft = AnswerRules.MergePage(questionnaire.Current, session.Draft, category.Id, check.Answers!);
        var action = form[SurveyPageRenderer.ActionField].ToString();
        if (action == "submit")
        {
            if (AnswerRules.CheckSubmission(draft) is { } missing)
            {
                return pages.Category(request, language, session, category, values, [missing with { Field = questionnaire.Current.Categories[^1].Items[0].Id }],
                    saved: false, StatusCodes.Status400BadRequest);
            }

            var refused = await answering.SubmitAsync(session, draft, cancellationToken);
            if (refused is null)
            {
                Cookie.Clear(request.HttpContext);
                return SurveyPageRenderer.Thanks(request, language);
            }

            return SurveyPageRenderer.Refused(request, language, refused.Value);
        }

        var savedRefusal = await answering.SaveDraftAsync(session, draft, cancellationToken);
        if (savedRefusal is not null)
        {
            return SurveyPageRenderer.Refused(request, language, savedRefusal.Value);
        }

        var categories = questionnaire.Current.Categories.ToList();
        var index = categories.FindIndex(c => c.Id == category.Id);
        var target = action switch
        {
            "back" => categories[Math.Max(0, index - 1)],
            "next" => categories[Math.Min(categories.Count - 1, index + 1)],
            _ => category,
        };
        return SeeOther(request, SurveyPageRenderer.Address(request, target.Id, action == "save" ? "saved" : null, null));
    }

    /// <summary>An explicit ?lang= (the switch on the page) first, then the person's roster language, then the browser's.</summary>
    private static Language LanguageOf(HttpRequest request, SurveyOpening opening) =>
        request.Query.ContainsKey("lang") || opening.Language is null ? Languages.Of(request) : opening.Language.Value;

    /// <summary>Post/redirect/get: a reload after saving does not post again.</summary>
    private static StatusCodeResult SeeOther(HttpRequest request, string location)
    {
        request.HttpContext.Response.Headers.Location = location;
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    private static void NoStore(HttpRequest request)
    {
        // The address (first visit) or the cookie holds a credential: keep answers out of caches and Referer headers.
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
