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
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Feedback;
using Transformation.Surveys.Results.HeatMap;
using Transformation.Surveys.Results.Storage;

namespace Transformation.Surveys.Publication;

/// <summary>Published survey results: the ministry's page and JSON for all staff, group results, heat map and feedback sheets
/// for those entitled.</summary>
public sealed class SurveyResultsFunctions(
    SurveyResultsStore store,
    QuestionnaireSource questionnaire,
    RosterDirectory roster,
    ResponseRates responseRates,
    PageRequests pages)
{
    private const string HeadsAndHr = Roles.HrAdmin + "," + Roles.DivisionHead + "," + Roles.BureauCoordinator;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    [Function("SurveyResultsPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the ministry-wide results of a cycle for all staff (category and item means, favourable share, distribution, "
        + "response rate, change from last year, comments); for HR also response rates by bureau and division, from the launch on.")]
    public async Task<IActionResult> ResultsPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get",
            Route = "surveys/{cycleId}/results")] HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var ministry = SurveyCycleIds.IsValid(cycleId) ? await store.LoadGroupAsync(cycleId, GroupKey.Ministry, cancellationToken) : null;
        // HR follows the response rates on this page while the cycle runs, before there are results.
        var rates = page.Caller?.IsIn(Roles.HrAdmin) == true ? await responseRates.OfAsync(cycleId, cancellationToken) : null;
        if (ministry is null && rates is null)
        {
            return PageResults.Error(
                page.Http, page.Language, StatusCodes.Status404NotFound, SurveyResultsTexts.NoResultsTitle, SurveyResultsTexts.NoResults);
        }

        var view = new SurveyResultsPageView(ministry, questionnaire.Current.Categories, rates);
        return page.Render<SurveyResultsPage>(SurveyResultsTexts.Title.With(cycleId), view);
    }

    [Function("SurveyResultsApi")]
    [QueryParameter("group", "Whose results: division:{code} or bureau:{code} (default ministry, the whole ministry).")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("The results of a cycle as JSON: the ministry for all staff; ?group=division:D1 or bureau:B1 for HR, "
        + "that division's head or that bureau's coordinator.")]
    public async Task<IActionResult> ResultsApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get",
            Route = "api/surveys/{cycleId}/results")] HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        if (ResultsAccess.Parse(request.Query["group"].ToString()) is not { } key)
        {
            return Problems.BadRequest(http, SurveyResultsTexts.BadGroup, [new FieldError("group", SurveyResultsTexts.BadGroupHelp)]);
        }

        if (!await MaySeeAsync(request, key, cancellationToken))
        {
            return Problems.Forbidden(http, null);
        }

        var group = SurveyCycleIds.IsValid(cycleId) ? await store.LoadGroupAsync(cycleId, key, cancellationToken) : null;
        return group is null ? Problems.NotFound(http, SurveyResultsTexts.NoGroup) : new JsonResult(new { cycleId, group }, Json);
    }

    [Function("SurveyHeatMapPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: divisions × categories coloured by the gap to the ministry mean; suppressed cells marked.")]
    public async Task<IActionResult> HeatMap(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get",
            Route = "surveys/{cycleId}/heatmap")] HttpRequest request, string cycleId, CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var results = SurveyCycleIds.IsValid(cycleId) ? await store.LoadAsync(cycleId, cancellationToken) : null;
        if (results is null)
        {
            return PageResults.Error(
                page.Http, page.Language, StatusCodes.Status404NotFound, SurveyResultsTexts.NoResultsTitle, SurveyResultsTexts.NoResults);
        }

        var view = new HeatMapPageView(HeatMapBuilder.Build(results, questionnaire.Current));
        return page.Render<HeatMapPage>(SurveyResultsTexts.HeatMapTitle.With(cycleId), view);
    }

    [Function("SurveySheetPage")]
    [Authorize(Roles = HeadsAndHr)]
    [Description("Page: the feedback sheet of one division or bureau (HR, that division's head, that bureau's coordinator, and the bureau's "
        + "sheet to the head of a division of it whose results are hidden); 404 page for a suppressed group.")]
    public async Task<IActionResult> SheetPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{cycleId}/sheets/{level}/{code}")] HttpRequest request,
        string cycleId, string level, string code, CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var (sheet, status) = await SheetAsync(request, cycleId, level, code, cancellationToken);
        return status switch
        {
            StatusCodes.Status200OK => page.Render<FeedbackSheetPage>(
                FeedbackSheetTexts.Title.With(sheet!.Name), FeedbackSheetPageView.Of(sheet, page.Language)),
            StatusCodes.Status403Forbidden => page.Forbidden(),
            _ => PageResults.Error(
                page.Http, page.Language, StatusCodes.Status404NotFound, FeedbackSheetTexts.NoSheetTitle, FeedbackSheetTexts.NoSheet),
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
            StatusCodes.Status200OK => new FileContentResult(
                FeedbackWorkbook.Build(sheet!, Languages.Of(request)), FeedbackWorkbook.ContentType)
            {
                FileDownloadName = FeedbackWorkbook.FileName(sheet!),
            },
            StatusCodes.Status403Forbidden => Problems.Forbidden(request.HttpContext, null),
            _ => Problems.NotFound(request.HttpContext, FeedbackSheetTexts.NoWorkbook),
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

    private async Task<bool> MaySeeAsReferenceAsync(
        HttpRequest request, GroupKey key, SurveyResults? results, CancellationToken cancellationToken)
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

        var current = await roster.CurrentSnapshotIdAsync(cancellationToken) is null
            ? null
            : await roster.GetIndexAsync(cancellationToken: cancellationToken);
        return ResultsAccess.MaySee(caller, current, key);
    }
}
