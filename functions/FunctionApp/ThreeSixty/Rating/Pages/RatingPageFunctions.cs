using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Questionnaire;

namespace Transformation.ThreeSixty.Rating.Pages;

/// <summary>
/// The raters' pages, opened from their mail. Anonymous on purpose: the token is the credential. The mailed address
/// /360/r/{token} moves it into a cookie (<see cref="TokenCookie"/>) and redirects to /360/rate, so the pages and
/// their posts never carry it in their address. Every POST is checked against forgery, then validated in full
/// before anything is stored, and answered with a redirect.
/// </summary>
public sealed class RatingPageFunctions(
    RatingAnswering answering,
    RatingQuestionnaireSource questionnaire,
    PageRequests pages,
    JapanTime japanTime,
    IOptions<RatingOptions> options)
{
    public const string ListPath = "/360/rate";

    public static readonly TokenCookie Cookie = new("tx_360", ListPath);

    [Function("ThreeSixtyRatingLink")]
    [ProducesResponseType(StatusCodes.Status303SeeOther)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status410Gone)]
    [AllowAnonymous]
    [Description("Opens a 360 rater link from the mail: a usable link's token goes into a cookie and the answer is 303 to /360/rate; "
        + "404 unknown link, 410 every rating submitted, round closed or link replaced by a newer one.")]
    public async Task<IActionResult> Link(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "360/r/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        var opened = await pages.OpenAsync(request, cancellationToken);
        TokenPages.NoStore(request);
        var opening = await answering.OpenAsync(token, cancellationToken: cancellationToken);
        var page = TokenPages.InLinkLanguage(opened, opening.Language);
        if (opening.Session is null)
        {
            return Refused(page, opening.Refusal!.Value);
        }

        // Reading only: mail scanners fetch this address.
        Cookie.Store(request.HttpContext, token);
        return PageResults.SeeOther(request, Address(request, ListPath, null, page.Language));
    }

    [Function("ThreeSixtyRatingList")]
    [QueryParameter("submitted", "Present after a rating was submitted: says so.")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status410Gone)]
    [AllowAnonymous]
    [Description("The rater's list for the link whose token the cookie holds: every subject they rate, as whom, how far, the deadline; "
        + "400 asking to open the link from the mail again when there is no cookie; 404, 410 as for the link.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "360/rate")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (page, session, refusal) = await SessionAsync(request, cancellationToken);
        if (session is null)
        {
            return refusal!;
        }

        var rows = session.Subjects.Select(s => new RatingListRow(Address(request, $"{ListPath}/{Uri.EscapeDataString(s.SubjectId)}", null, null),
            s.Name, s.DivisionName, s.Group, s.State)).ToList();
        var view = new RatingListView(rows, Deadline(session), request.Query.ContainsKey("submitted"));
        return page.Render<RatingListPage>(ThreeSixtyRatingTexts.Title, view);
    }

    [Function("ThreeSixtyRatingForm")]
    [QueryParameter("saved", "Present after the draft was saved: says so.")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status410Gone)]
    [AllowAnonymous]
    [Description("The rating form for one subject of the cookie's link: 20 items by category, each 1-5 or cannot judge, two comments, "
        + "the saved draft; says so when already submitted; 404 when the subject is not on the rater's list.")]
    public async Task<IActionResult> Form(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "360/rate/{subjectId}")] HttpRequest request,
        string subjectId,
        CancellationToken cancellationToken)
    {
        var (page, session, refusal) = await SessionAsync(request, cancellationToken);
        if (session is null)
        {
            return refusal!;
        }

        var index = session.IndexOf(subjectId);
        if (index < 0)
        {
            return Refused(page, RatingRefusal.NotListed);
        }

        var values = RatingRules.ValuesOf(answering.Draft(session, subjectId));
        var view = FormView(page, session, session.Subjects[index], FormState.Of(values), request.Query.ContainsKey("saved"));
        return page.Render<RatingFormPage>(ThreeSixtyRatingTexts.Title, view);
    }

    [Function("ThreeSixtyRatingPost")]
    [ProducesResponseType(StatusCodes.Status303SeeOther)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status410Gone)]
    [AllowAnonymous]
    [Description("Posts the rating form of one subject (anti-forgery checked; 409 when another link was opened since): action=save keeps "
        + "a draft, action=submit submits once when every item has an answer; 400 with the errors and the values kept; then 303.")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "360/rate/{subjectId}")] HttpRequest request,
        string subjectId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TokenPages.NoStore(request);
        if (Cookie.Read(request) is not { } token)
        {
            // Before the anti-forgery check: without the cookie there is nothing to send, whatever the form holds.
            return TokenPages.Missing(request, Languages.Of(request));
        }

        var (post, forged) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return forged!;
        }

        var opening = await answering.OpenAsync(token, cancellationToken: cancellationToken);
        var page = TokenPages.InLinkLanguage(post.Page, opening.Language);
        if (!TokenCookie.IsSamePage(post.Form, token))
        {
            return TokenPages.OtherLink(request, page.Language);
        }

        if (opening.Session is not { } session)
        {
            return Refused(page, opening.Refusal!.Value);
        }

        Cookie.Store(request.HttpContext, token);
        var index = session.IndexOf(subjectId);
        if (index < 0)
        {
            return Refused(page, RatingRefusal.NotListed);
        }

        var submit = post.Field("action") == "submit";
        var check = RatingRules.Check(questionnaire.Current, name => post.Form.TryGetValue(name, out var v) ? v.ToString() : null,
            options.Value.MaxCommentLength, submit);
        if (!check.IsValid)
        {
            // Nothing is stored: the form again, with what was sent and what is wrong with it.
            var again = FormView(page, session, session.Subjects[index], FormState.FromPost(post.Form, check.Errors), saved: false);
            return page.Render<RatingFormPage>(ThreeSixtyRatingTexts.Title, again, StatusCodes.Status400BadRequest);
        }

        var refused = submit
            ? await answering.SubmitAsync(session, subjectId, check.Response!, cancellationToken)
            : await answering.SaveDraftAsync(session, subjectId, check.Response!, cancellationToken);
        if (refused is { } refusal)
        {
            return refusal == RatingRefusal.AlreadySubmitted
                ? PageResults.SeeOther(request, Address(request, $"{ListPath}/{Uri.EscapeDataString(subjectId)}", null, null))
                : Refused(page, refusal);
        }

        // Post/redirect/get: a reload does not post again.
        return submit
            ? PageResults.SeeOther(request, Address(request, ListPath, "submitted", null))
            : PageResults.SeeOther(request, Address(request, $"{ListPath}/{Uri.EscapeDataString(subjectId)}", "saved", null));
    }

    private async Task<(PageRequest Page, RatingSession? Session, IActionResult? Refusal)> SessionAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        var opened = await pages.OpenAsync(request, cancellationToken);
        TokenPages.NoStore(request);
        if (Cookie.Read(request) is not { } token)
        {
            return (opened, null, TokenPages.Missing(request, opened.Language));
        }

        var opening = await answering.OpenAsync(token, showFinished: true, cancellationToken);
        var page = TokenPages.InLinkLanguage(opened, opening.Language);
        if (opening.Session is not { } session)
        {
            return (page, null, Refused(page, opening.Refusal!.Value));
        }

        Cookie.Store(request.HttpContext, token);
        return (page, session, null);
    }

    private RatingFormView FormView(PageRequest page, RatingSession session, RaterSubject subject, FormState form, bool saved)
    {
        var heading = subject.Group == RaterGroup.Self
            ? ThreeSixtyRatingTexts.SelfHeading
            : ThreeSixtyRatingTexts.FormHeading.With(subject.Name, ThreeSixtyRatingTexts.Relation(subject.Group));
        var path = $"{ListPath}/{Uri.EscapeDataString(subject.SubjectId)}";
        return new RatingFormView(
            Address(page.Http, path, null, null), Address(page.Http, ListPath, null, null), page.Csrf, LinkTokens.PageId(session.Token),
            heading, Deadline(session), questionnaire.Current.Categories, form, options.Value.MaxCommentLength, saved,
            subject.State == SubjectState.Submitted,
            options.Value.SupervisorShown && subject.Group == RaterGroup.Supervisor);
    }

    private Text Deadline(RatingSession session) =>
        session.Round.RatingDeadline is { } deadline ? DisplayDates.Both(japanTime.ToLocal(deadline)) : new Text("-", "-");

    public static ContentResult Refused(PageRequest page, RatingRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (status, title, body) = refusal switch
        {
            RatingRefusal.Finished => (StatusCodes.Status410Gone, ThreeSixtyRatingTexts.FinishedTitle, ThreeSixtyRatingTexts.FinishedBody),
            RatingRefusal.Closed => (StatusCodes.Status410Gone, ThreeSixtyRatingTexts.ClosedTitle, ThreeSixtyRatingTexts.ClosedBody),
            RatingRefusal.Superseded => (StatusCodes.Status410Gone, ThreeSixtyRatingTexts.SupersededTitle, ThreeSixtyRatingTexts.SupersededBody),
            RatingRefusal.AlreadySubmitted => (StatusCodes.Status410Gone, ThreeSixtyRatingTexts.StateSubmitted,
                ThreeSixtyRatingTexts.AlreadySubmittedHere),
            RatingRefusal.NotListed => (StatusCodes.Status404NotFound, ThreeSixtyRatingTexts.NotListedTitle, ThreeSixtyRatingTexts.NotListedBody),
            _ => (StatusCodes.Status404NotFound, ThreeSixtyRatingTexts.UnknownTitle, ThreeSixtyRatingTexts.UnknownBody),
        };
        return page.Error(status, title, body);
    }

    /// <summary>A page address of this site, keeping ?lang= (or setting <paramref name="language"/>: the first visit fixes it).</summary>
    private static string Address(HttpRequest request, string path, string? extra, Language? language)
    {
        var query = new List<KeyValuePair<string, string?>>();
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

        return request.PathBase.Add(path).ToUriComponent() + QueryString.Create(query).ToUriComponent();
    }
}
