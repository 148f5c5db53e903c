using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;
using Transformation.TeamUp.Seasons;
using Transformation.TeamUp.Workflow;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// The JSON API of Team-Up judging: the panel, the judges' worklist and scores, HR's progress view, the ranking, the award
/// decision and the awards.
/// </summary>
public sealed class JudgingApiFunctions(
    JudgingCommands commands,
    JudgingViews views,
    SeasonSignals signals,
    TeamUpSeasonConsole console)
{
    // Japanese stays readable in the answers (only characters unsafe in HTML are escaped).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly Text NoRanking = new(
        "順位はまだ算出されていません（審査期限の後に算出されます）。", "The ranking has not been computed yet (it is, once the judging deadline has passed).");
    private static readonly Text NotAwarded = new("表彰はまだ確定していません。", "The awards have not been confirmed yet.");

    [Function("TeamUpPanelPut")]
    [AcceptsJson(typeof(PanelRequest))]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR names (or changes) the judging panel: { judges: [staffId…] }, 1 to 30 staff of the season's roster, no repeats; "
        + "409 once the ranking is computed. Wakes the season's workflow.")]
    public async Task<IActionResult> PutPanel(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/team-up/seasons/{seasonId}/panel")] HttpRequest request,
        string seasonId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<PanelRequest>(request, Json, cancellationToken);
        if (body is null)
        {
            return refused!;
        }

        var naming = await console.NamePanelAsync(client, seasonId, body.Judges, Caller.Required(request).StaffId, cancellationToken);
        if (naming is not { Outcome.IsDone: true, Season: { } season })
        {
            return Refused(request, naming.Outcome);
        }

        var judges = naming.Judges.Select(p => new { p.StaffId, p.Name, p.BureauCode, p.BureauName }).ToList();
        return new JsonResult(new { season.SeasonId, season.Phase, judges, workflowNotified = naming.Notified }, Json);
    }

    [Function("TeamUpJudgingGet")]
    [ProducesResponseType<JudgingView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.Judge)]
    [Description("A judge's worklist: the rubric (names, guides, weights), the deadline, the published entries offered (not the judge's "
        + "own bureau) with the judge's scores; 403 when not on the panel.")]
    public async Task<IActionResult> GetJudging(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team-up/seasons/{seasonId}/judging")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return Problems.NotFound(request.HttpContext, JudgingCommands.NoSeason);
        }

        var caller = Caller.Required(request);
        if (!season.IsJudge(caller.StaffId))
        {
            return Problems.Create(request.HttpContext, StatusCodes.Status403Forbidden, new Text("権限がありません", "Forbidden"), JudgingCommands.NotJudge);
        }

        return new JsonResult(await views.JudgingAsync(season, caller.StaffId, Languages.Of(request), cancellationToken), Json);
    }

    [Function("TeamUpScorePut")]
    [AcceptsJson(typeof(ScoreRequest))]
    [ProducesResponseType<Scorecard>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.Judge)]
    [Description("A judge scores an entry: { scores: { criterionId: 1–5 … }, comment }; can be changed until the judging deadline. "
        + "400 field errors, 403 own bureau (conflict of interest) or not on the panel, 404 no submitted entry, 409 judging not open. "
        + "Nothing written when refused.")]
    public async Task<IActionResult> PutScore(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/team-up/seasons/{seasonId}/scores/{divisionCode}")] HttpRequest request,
        string seasonId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<ScoreRequest>(request, Json, cancellationToken);
        if (body is null)
        {
            return refused!;
        }

        var values = (body.Scores ?? new Dictionary<string, JsonElement>()).ToDictionary(
            kv => kv.Key,
            kv => kv.Value.ValueKind == JsonValueKind.Number ? kv.Value.GetRawText() : kv.Value.ValueKind == JsonValueKind.Null ? null : "x",
            StringComparer.Ordinal);
        var (outcome, card) = await commands.ScoreAsync(
            seasonId, Caller.Required(request).StaffId, divisionCode, values, body.Comment, cancellationToken);
        return outcome.IsDone ? new JsonResult(card, Json) : Refused(request, outcome);
    }

    [Function("TeamUpJudgingProgress")]
    [ProducesResponseType<ProgressView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: each judge's progress (entries offered, scored completely, remaining), unfinished judges first.")]
    public async Task<IActionResult> GetProgress(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team-up/seasons/{seasonId}/judging/progress")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        return season is null
            ? Problems.NotFound(request.HttpContext, JudgingCommands.NoSeason)
            : new JsonResult(await views.ProgressAsync(season, cancellationToken), Json);
    }

    [Function("TeamUpRankingGet")]
    [ProducesResponseType<RankingView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: the computed ranking (scores normalised per judge, tie decisions, hours, judges per entry), the proposed awards "
        + "and the method in both languages; 409 before the ranking exists.")]
    public async Task<IActionResult> GetRanking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team-up/seasons/{seasonId}/ranking")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return Problems.NotFound(request.HttpContext, JudgingCommands.NoSeason);
        }

        var view = await views.RankingAsync(season, Languages.Of(request), cancellationToken);
        return view is null ? Problems.Conflict(request.HttpContext, NoRanking) : new JsonResult(view, Json);
    }

    [Function("TeamUpAwardPost")]
    [AcceptsJson(typeof(AwardRequest), Optional = true)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR confirms the awards: without order the ranking's proposal; with { order: [divisionCode…] } an adjusted order, "
        + "which needs a comment. Only while the ranking awaits confirmation, once. Wakes the workflow to announce.")]
    public async Task<IActionResult> PostAward(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/team-up/seasons/{seasonId}/award")] HttpRequest request,
        string seasonId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (sent, refused) = await JsonBody.ReadAsync<AwardRequest>(request, Json, cancellationToken, optional: true);
        if (refused is not null)
        {
            return refused;
        }

        var body = sent ?? new AwardRequest(null, null);

        var caller = Caller.Required(request);
        var (outcome, decision) = await commands.ConfirmAwardAsync(seasonId, caller.StaffId, body.Order, body.Comment, cancellationToken);
        if (!outcome.IsDone)
        {
            return Refused(request, outcome);
        }

        var raised = await signals.RaiseAsync(client, seasonId, SeasonEvents.AwardConfirmed, caller.StaffId, cancellationToken);
        var places = AwardPlaces.Assign(decision!.Order, commands.Judging.Options.Awards);
        return new JsonResult(new { seasonId, decision, places, workflowNotified = raised }, Json);
    }

    [Function("TeamUpAwardsGet")]
    [ProducesResponseType<AwardsView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("All staff: the season's winners (award, division, bureau, hours of work stopped, link to the entry), HR's comment "
        + "and the ranking method; 409 until the awards are announced.")]
    public async Task<IActionResult> GetAwards(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team-up/seasons/{seasonId}/awards")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return Problems.NotFound(request.HttpContext, JudgingCommands.NoSeason);
        }

        var view = await views.AwardsAsync(season, Languages.Of(request), cancellationToken);
        return view is null ? Problems.Conflict(request.HttpContext, NotAwarded) : new JsonResult(view, Json);
    }

    /// <summary>The problem answer of a refused command, in the caller's language.</summary>
    public static IActionResult Refused(HttpRequest request, JudgingOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outcome);
        var http = request.HttpContext;
        var message = outcome.Message ?? JudgingCommands.Invalid;
        return outcome.Kind switch
        {
            JudgingOutcomeKind.Invalid => Problems.BadRequest(http, message, outcome.Errors),
            JudgingOutcomeKind.Forbidden => Problems.Create(http, StatusCodes.Status403Forbidden, new Text("権限がありません", "Forbidden"), message),
            JudgingOutcomeKind.NotFound => Problems.NotFound(http, message),
            _ => Problems.Conflict(http, message),
        };
    }
}
