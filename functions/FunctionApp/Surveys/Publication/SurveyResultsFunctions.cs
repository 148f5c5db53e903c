using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Organisation.Api;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Feedback;
using Transformation.Surveys.Results.HeatMap;
using Transformation.Surveys.Results.Storage;

namespace Transformation.Surveys.Publication;

/// <summary>Published survey results: the ministry's page and JSON for all staff, group results, heat map and feedback sheets for those
/// entitled.</summary>
public sealed class SurveyResultsFunctions(
    SurveyResultsStore store,
    QuestionnaireSource questionnaire,
    RosterDirectory roster,
    ResponseRates responseRates,
    CallerLanguage callerLanguage)
{
    private const string HeadsAndHr = Roles.HrAdmin + "," + Roles.DivisionHead + "," + Roles.BureauCoordinator;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
    private static readonly Text NoResults = new("この調査の結果はまだ公表されていません。", "The results of this survey are not published yet.");
    private static readonly Text NoGroup = new("このグループの結果はありません。", "There are no results for this group.");

    [Function("SurveyResultsPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the ministry-wide results of a cycle for all staff (category and item means, favourable share, distribution, "
        + "response rate, change from last year, comments); for HR also response rates by bureau and division, from the launch on.")]
    public async Task<IActionResult> ResultsPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get",
            Route = "surveys/{cycleId}/results")] HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await callerLanguage.OfAsync(request, cancellationToken);
        var ministry = SurveyCycleIds.IsValid(cycleId) ? await store.LoadGroupAsync(cycleId, GroupKey.Ministry, cancellationToken) : null;
        // HR follows the response rates on this page while the cycle runs, before there are results.
        var rates = Caller.Of(request.HttpContext)?.IsIn(Roles.HrAdmin) == true ? await responseRates.OfAsync(cycleId, cancellationToken) : null;
        var title = Publication.ResultsPage.Title(cycleId);
        if (ministry is null)
        {
            return rates is null
                ? PageResults.Error(request, language, StatusCodes.Status404NotFound, new("結果がありません", "No results"), NoResults)
                : PageResults.Page(request, language, title,
                    Html.Join(Html.Format($"""<p class="notice">{NoResults.In(language)}</p>"""), ResponseRatePage.Section(rates, language)));
        }

        var body = Publication.ResultsPage.Body(ministry, questionnaire.Current, language);
        return PageResults.Page(request, language, title, rates is null ? body : Html.Join(body, ResponseRatePage.Section(rates, language)));
    }

    [Function("SurveyResultsApi")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("The results of a cycle as JSON: the ministry for all staff; ?group=division:D1 or bureau:B1 for HR, that division's head or that bureau's coordinator.")]
    public async Task<IActionResult> ResultsApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get",
            Route = "api/surveys/{cycleId}/results")] HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        if (ResultsAccess.Parse(request.Query["group"].ToString()) is not { } key)
        {
            return Problems.BadRequest(http, new Text("group の指定が正しくありません。", "The group is not valid."),
                [new FieldError("group", new Text("group は division:課室コード・bureau:局コード・ministry のいずれかです。",
                    "group is division:CODE, bureau:CODE or ministry."))]);
        }

        if (!await MaySeeAsync(request, key, cancellationToken))
        {
            return Problems.Forbidden(http, null);
        }

        var group = SurveyCycleIds.IsValid(cycleId) ? await store.LoadGroupAsync(cycleId, key, cancellationToken) : null;
        return group is null ? Problems.NotFound(http, NoGroup) : new JsonResult(new { cycleId, group }, Json);
    }

    [Function("SurveyHeatMapPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: divisions × categories coloured by the gap to the ministry mean; suppressed cells marked.")]
    public async Task<IActionResult> HeatMap(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get",
            Route = "surveys/{cycleId}/heatmap")] HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await callerLanguage.OfAsync(request, cancellationToken);
        var results = SurveyCycleIds.IsValid(cycleId) ? await store.LoadAsync(cycleId, cancellationToken) : null;
        if (results is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound, new("結果がありません", "No results"), NoResults);
        }

        return PageResults.Page(request, language, HeatMapPage.Title(cycleId), HeatMapPage.Body(HeatMapBuilder.Build(results, questionnaire.Current),
            language));
    }

    [Function("SurveySheetPage")]
    [Authorize(Roles = HeadsAndHr)]
    [Description("Page: the feedback sheet of one division or bureau (HR, that division's head, that bureau's coordinator, and the bureau's "
        + "sheet to the head of a division of it whose results are hidden); 404 page for a suppressed group.")]
    public async Task<IActionResult> SheetPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{cycleId}/sheets/{level}/{code}")] HttpRequest request,
        string cycleId, string level, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await callerLanguage.OfAsync(request, cancellationToken);
        var (sheet, status) = await SheetAsync(request, cycleId, level, code, cancellationToken);
        return status switch
        {
            StatusCodes.Status200OK => FeedbackSheetPage.Page(request, sheet!, language),
            StatusCodes.Status403Forbidden => PageResults.Error(request, language, status),
            _ => PageResults.Error(request, language, StatusCodes.Status404NotFound, new("評価シートはありません", "No feedback sheet"),
                new("このグループの評価シートはありません。回答者が少ないグループ、また回答者が少ない別のグループの結果が差し引きで分からないよう"
                    + "伏せたグループは、回答者を守るため結果を表示しません。",
                    "There is no feedback sheet for this group. To protect those who answered, results are not shown for groups with too few "
                    + "respondents, nor for groups hidden so that such a group's results cannot be worked out by subtraction.")),
        };
    }

    [Function("SurveySheetWorkbook")]
    [ProducesResponseType(typeof(byte[]), StatusCodes.Status200OK, FeedbackWorkbook.ContentType)]
    [Authorize(Roles = HeadsAndHr)]
    [Description("The feedback sheet of one division or bureau as an Excel workbook (same access as the page); 404 for a suppressed group.")]
    public async Task<IActionResult> SheetWorkbook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/surveys/{cycleId}/sheets/{level}/{code}/xlsx")] HttpRequest request,
        string cycleId, string level, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (sheet, status) = await SheetAsync(request, cycleId, level, code, cancellationToken);
        return status switch
        {
            StatusCodes.Status200OK => new FileContentResult(FeedbackWorkbook.Build(sheet!, Languages.Of(request)), FeedbackWorkbook.ContentType)
            {
                FileDownloadName = FeedbackWorkbook.FileName(sheet!),
            },
            StatusCodes.Status403Forbidden => Problems.Forbidden(request.HttpContext, null),
            _ => Problems.NotFound(request.HttpContext, new Text(
                "このグループの評価シートはありません（回答者が少ないグループと、その結果を差し引きで分からないよう伏せたグループは表示しません）。",
                "There is no feedback sheet for this group (groups with too few respondents, and groups hidden to protect them, are not shown).")),
        };
    }

    private async Task<(FeedbackSheet? Sheet, int Status)> SheetAsync(HttpRequest request, string cycleId, string level, string code,
        CancellationToken cancellationToken)
    {
        if (ResultsAccess.Parse(level, code) is not { } key || !SurveyCycleIds.IsValid(cycleId))
        {
            return (null, StatusCodes.Status404NotFound);
        }

        var results = await store.LoadAsync(cycleId, cancellationToken);
        if (!await MaySeeAsync(request, key, cancellationToken) && !await MaySeeAsReferenceAsync(request, key, results, cancellationToken))
        {
            return (null, StatusCodes.Status403Forbidden);
        }

        var sheet = results is null ? null : FeedbackSheetBuilder.Build(results, questionnaire.Current, key);
        return (sheet, sheet is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    private async Task<bool> MaySeeAsReferenceAsync(HttpRequest request, GroupKey key, SurveyResults? results, CancellationToken cancellationToken)
    {
        if (Caller.Of(request.HttpContext) is not { } caller || key.Level != GroupLevel.Bureau || results is null)
        {
            return false;
        }

        var current = await roster.CurrentSnapshotIdAsync(cancellationToken) is null
            ? null
            : await roster.GetIndexAsync(cancellationToken: cancellationToken);
        return ResultsAccess.MaySeeAsReference(caller, current, key, results);
    }

    private async Task<bool> MaySeeAsync(HttpRequest request, GroupKey key, CancellationToken cancellationToken)
    {
        var caller = Caller.Of(request.HttpContext);
        if (caller is null)
        {
            return false;
        }

        if (key.Level == GroupLevel.Ministry || caller.IsIn(Roles.HrAdmin))
        {
            return true;
        }

        var current = await roster.CurrentSnapshotIdAsync(cancellationToken) is null ? null : await roster.GetIndexAsync(cancellationToken: cancellationToken);
        return ResultsAccess.MaySee(caller, current, key);
    }
}
