using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Api;

/// <summary>
/// The survey as JSON, for the same link: read the questionnaire and draft, replace the draft, submit once.
/// Anonymous: the token is the credential. Bodies must be JSON (a cross-site form cannot send it without CORS,
/// which the app does not allow). Errors are problem+json; bad answers store nothing.
/// </summary>
public sealed class SurveyApiFunctions(SurveyAnswering answering, QuestionnaireSource questionnaire, IOptions<SurveyOptions> options)
{
    [Function("SurveyApiGet")]
    [ProducesResponseType<SurveyView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status410Gone)]
    [AllowAnonymous]
    [Description("The survey behind a link: questionnaire (in the person's language), scale, deadline and saved draft.")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/survey/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TokenPages.NoStore(request);
        var opening = await answering.OpenAsync(token, cancellationToken);
        if (opening.Session is not { } session)
        {
            return Refused(request.HttpContext, opening.Refusal!.Value);
        }

        var language = request.Query.ContainsKey("lang") ? Languages.Of(request) : session.Language;
        return new OkObjectResult(new SurveyView(
            session.Cycle.CycleId,
            language.Code(),
            session.Cycle.ClosesAt,
            questionnaire.Current.Version,
            SurveyScale.Choices.Select(c => new ScaleView(int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture),
                c.Label.In(language))).ToList(),
            questionnaire.Current.Categories.Select(c => new CategoryView(c.Id, c.Name.In(language),
                c.Items.Select(i => new ItemView(i.Id, i.Statement.In(language))).ToList())).ToList(),
            new DraftView(session.Draft.Scores, session.Draft.Comments)));
    }

    [Function("SurveyApiSaveDraft")]
    [AcceptsJson(typeof(DraftView))]
    [ProducesResponseType<DraftView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status410Gone)]
    [AllowAnonymous]
    [Description("Replaces the saved draft with { scores: { itemId: 1..5 }, comments: { categoryId: text } }; items may be left out.")]
    public async Task<IActionResult> SaveDraft(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/survey/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TokenPages.NoStore(request);
        var opening = await answering.OpenAsync(token, cancellationToken);
        if (opening.Session is not { } session)
        {
            return Refused(request.HttpContext, opening.Refusal!.Value);
        }

        var (answers, problem) = await ReadAnswersAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var refused = await answering.SaveDraftAsync(session, answers!, cancellationToken);
        return refused is null ? new OkObjectResult(new DraftView(answers!.Scores, answers.Comments)) : Refused(request.HttpContext, refused.Value);
    }

    [Function("SurveyApiSubmit")]
    [AcceptsJson(typeof(DraftView), Optional = true)]
    [ProducesResponseType<SubmittedView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status410Gone)]
    [AllowAnonymous]
    [Description("Submits the answers once: the body's { scores, comments }, or the saved draft when the body is empty. "
        + "409 when already submitted, 410 when closed.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/survey/{token}/submit")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TokenPages.NoStore(request);
        var opening = await answering.OpenAsync(token, cancellationToken);
        if (opening.Session is not { } session)
        {
            return Refused(request.HttpContext, opening.Refusal!.Value);
        }

        // No body: submit the saved draft. A body: submit exactly what it says.
        var (sent, problem) = await ReadAnswersAsync(request, cancellationToken, optional: true);
        if (problem is not null)
        {
            return problem;
        }

        var answers = sent ?? session.Draft;

        if (AnswerRules.CheckSubmission(answers) is { } missing)
        {
            return Problems.BadRequest(request.HttpContext, missing.Message, [missing]);
        }

        var refused = await answering.SubmitAsync(session, answers, cancellationToken);
        return refused is null ? new OkObjectResult(new SubmittedView(true)) : Refused(request.HttpContext, refused.Value);
    }

    private async Task<(SurveyAnswers? Answers, IActionResult? Problem)> ReadAnswersAsync(
        HttpRequest request, CancellationToken cancellationToken, bool optional = false)
    {
        var http = request.HttpContext;
        var (document, refusal) = await JsonBody.ReadDocumentAsync(request, cancellationToken, optional);
        if (document is null)
        {
            return (null, refusal);
        }

        using var _ = document;
        var read = SurveyJson.Read(document.RootElement);
        if (read.Errors.Count > 0)
        {
            return (null, Problems.BadRequest(http, new Text("回答の形式に誤りがあります。", "The answers are not in the expected form."), read.Errors));
        }

        var check = AnswerRules.Check(questionnaire.Current, read.Scores, read.Comments, options.Value.MaxCommentLength);
        return check.IsValid
            ? (check.Answers, null)
            : (null, Problems.BadRequest(http, new Text("回答に誤りがあります。何も保存していません。", "Some answers are not valid. Nothing was saved."), check.Errors));
    }

    private static IActionResult Refused(HttpContext http, SurveyRefusal refusal) => refusal switch
    {
        SurveyRefusal.AlreadySubmitted => Problems.Conflict(http, new Text("この調査には既に回答済みです。回答の送信は1回限りです。",
            "This survey has already been answered through this link; answers can be submitted only once.")),
        SurveyRefusal.Closed => Problems.Create(http, StatusCodes.Status410Gone, new Text("締め切られました", "Closed"),
            new Text("この調査の回答受付は終了しました。", "This survey is no longer accepting answers.")),
        SurveyRefusal.Superseded => Problems.Create(http, StatusCodes.Status410Gone, new Text("新しいリンクがあります", "Link replaced"),
            new Text("最新のメールに記載されたリンクをご利用ください。", "Please use the link in the latest email.")),
        _ => Problems.NotFound(http, new Text("このリンクは無効です。", "This link is not valid.")),
    };
}
