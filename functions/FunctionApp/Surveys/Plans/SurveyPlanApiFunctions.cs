using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Durable;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Security;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Storage;

namespace Transformation.Surveys.Plans;

/// <summary>The JSON API of improvement plans: start the follow-through, read and write plans, progress, effect, HR's overview.</summary>
[Transformation.Platform.OpenApi.JsonOptions(typeof(ImprovementPlanStore), nameof(ImprovementPlanStore.Json))]
public sealed class SurveyPlanApiFunctions(SurveyPlanService plans, SurveyResultsStore results, RosterDirectory roster)
{
    public const string Readers = Roles.HrAdmin + "," + Roles.DivisionHead + "," + Roles.BureauCoordinator;

    private static readonly Text Invalid = new("入力内容に誤りがあります。", "Some fields are not valid.");
    private static readonly Text ChangedText = new("計画は他の人により更新されています。最新の内容を読み込んでからやり直してください。",
        "The plan was changed by someone else. Reload it and try again.");
    private static readonly Text CycleRunsText = new(
        "この年度の調査サイクルのワークフローが実行中です。評価シートの送付とカイゼン策は、結果の公表後にワークフローが自動で開始します。",
        "This cycle's workflow is still running: it starts the feedback sheets and improvement plans itself once the results are published.");
    private static readonly Text NoPlanText = new("この課室のカイゼン策はまだ作成されていません。", "This division has no improvement plan yet.");

    [Function("SurveyFollowThroughStart")]
    [AcceptsJson(typeof(FollowThroughRequest), Optional = true)]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Starts phases 8–10 for a cycle whose results are stored: sheets to division heads, plans with reminders and escalation, "
        + "mid-term progress. Idempotent: 202 when started, 200 when already there.")]
    public async Task<IActionResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/surveys/{cycleId}/follow-through")] HttpRequest request,
        string cycleId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        if (await results.LoadGroupAsync(cycleId, GroupKey.Ministry, cancellationToken) is null)
        {
            return Problems.Conflict(http, new Text("このサイクルの結果はまだ保存されていません。", "The results of this cycle are not stored yet."));
        }

        // A cycle run by its own orchestration chains the follow-through itself, under the same instance id: started by
        // hand meanwhile, the cycle's own start would collide with it.
        var cycle = await client.GetInstanceAsync(SurveyCycleIds.Instance(cycleId), cancellationToken);
        if (cycle is
            { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended }
            && await client.GetInstanceAsync(SurveyFollowThroughInput.InstanceId(cycleId), cancellationToken) is null)
        {
            return Problems.Conflict(http, CycleRunsText);
        }

        var (body, refused) = await JsonBody.ReadAsync<FollowThroughRequest>(request, JsonSerializerOptions.Web, cancellationToken, optional: true);
        if (refused is not null)
        {
            return refused;
        }

        if (body?.RosterSnapshotId is { } asked && !RouteIds.IsPlausible(asked))
        {
            var error = new FieldError("rosterSnapshotId", new Text("名簿のスナップショットIDの形式ではありません。", "This is not a roster snapshot id."));
            return Problems.BadRequest(http, Invalid, [error]);
        }

        var snapshot = body?.RosterSnapshotId ?? await roster.CurrentSnapshotIdAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(snapshot))
        {
            return Problems.Conflict(http, new Text("名簿が取り込まれていません。", "No roster has been imported."));
        }

        var input = new SurveyFollowThroughInput(cycleId, snapshot);
        var started = await StartOnce.StartAsync(client, nameof(SurveyFollowThroughOrchestrator.SurveyFollowThrough), input,
            SurveyFollowThroughInput.InstanceId(cycleId), cancellationToken);
        return new JsonResult(new { instanceId = SurveyFollowThroughInput.InstanceId(cycleId), cycleId, rosterSnapshotId = snapshot, started })
        {
            StatusCode = started ? StatusCodes.Status202Accepted : StatusCodes.Status200OK,
        };
    }

    [Function("SurveyPlanStatusList")]
    [ProducesResponseType<PlanStatusList>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin + "," + Roles.BureauCoordinator)]
    [Description("Where every division's improvement plan stands (not-started, draft, submitted, overdue); a bureau coordinator sees their bureau.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/surveys/{cycleId}/plans")] HttpRequest request,
        string cycleId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var list = await plans.StatusAsync(cycleId, async index => caller.IsIn(Roles.HrAdmin) ? null : await plans.CoordinatedBureausAsync(caller,
            index, cancellationToken), cancellationToken);
        return list is null ? Problems.NotFound(request.HttpContext, SurveyPlanService.NotStartedText) : Json(list);
    }

    [Function("SurveyPlanGet")]
    [AnswersETag]
    [ProducesResponseType<PlanView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Readers)]
    [Description("A division's improvement plan with the current score of each targeted item; the division head, HR and the bureau's coordinators.")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/surveys/{cycleId}/plans/{divisionCode}")] HttpRequest request,
        string cycleId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (scope, refused) = await ScopeAsync(request, cycleId, divisionCode, write: false, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var plan = await plans.Store.GetAsync(cycleId, divisionCode, cancellationToken);
        return Json(plans.View(scope!, plan, Languages.Of(request)), plan?.ETag, request);
    }

    [Function("SurveyPlanPut")]
    [ConditionalWrite(MayCreate = true)]
    [AnswersETag]
    [AcceptsJson(typeof(PlanRequest))]
    [ProducesResponseType<PlanView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    [Authorize(Roles = Readers)]
    [Description("The division head writes the plan (targets, actions). If-Match with the ETag read, or If-None-Match: * for the first write "
        + "(428 with neither); 409 when someone else changed it. 400 with field errors, nothing written.")]
    public async Task<IActionResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/surveys/{cycleId}/plans/{divisionCode}")] HttpRequest request,
        string cycleId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var (scope, refused) = await ScopeAsync(request, cycleId, divisionCode, write: true, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var (ifMatch, unconditional) = WritePreconditions.Require(request, mayCreate: true);
        if (unconditional is not null)
        {
            return unconditional;
        }

        var (body, unreadable) = await JsonBody.ReadAsync<PlanRequest>(request, JsonSerializerOptions.Web, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var (validation, write) = await plans.SaveAsync(scope!, Caller.Required(request), body!.ToInput(), ifMatch, cancellationToken);
        if (!validation.IsValid)
        {
            return Problems.BadRequest(http, Invalid, validation.Errors);
        }

        return write!.Outcome == PlanWriteOutcome.Saved
            ? Json(plans.View(scope!, write.Plan, Languages.Of(request)), write.Plan!.ETag, request)
            : Problems.Conflict(http, ChangedText);
    }

    [Function("SurveyPlanSubmit")]
    [ConditionalWrite]
    [AnswersETag]
    [ProducesResponseType<PlanView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    [Authorize(Roles = Readers)]
    [Description("The division head submits the plan (it can still be corrected afterwards); If-Match required (428 without); "
        + "404 when there is no plan yet, 409 on a stale If-Match.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/surveys/{cycleId}/plans/{divisionCode}/submit")] HttpRequest request,
        string cycleId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (scope, refused) = await ScopeAsync(request, cycleId, divisionCode, write: true, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var (ifMatch, unconditional) = WritePreconditions.Require(request, mayCreate: false);
        if (unconditional is not null)
        {
            return unconditional;
        }

        var write = await plans.Store.SubmitAsync(cycleId, divisionCode, Caller.Required(request).StaffId, plans.Now, ifMatch, cancellationToken);
        return Outcome(request, scope!, write);
    }

    [Function("SurveyPlanProgress")]
    [ConditionalWrite]
    [AnswersETag]
    [AcceptsJson(typeof(ProgressRequest))]
    [ProducesResponseType<PlanView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    [Authorize(Roles = Readers)]
    [Description("The division head reports progress on actions (status and note per action); each report is kept with its date. "
        + "If-Match required (428 without), 409 on a stale one.")]
    public async Task<IActionResult> Progress(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/surveys/{cycleId}/plans/{divisionCode}/progress")] HttpRequest request,
        string cycleId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var (scope, plan, refused) = await ScopedPlanAsync(request, cycleId, divisionCode, write: true, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var (ifMatch, unconditional) = WritePreconditions.Require(request, mayCreate: false);
        if (unconditional is not null)
        {
            return unconditional;
        }

        var (body, unreadable) = await JsonBody.ReadAsync<ProgressRequest>(request, JsonSerializerOptions.Web, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var items = (body?.Actions ?? []).Select(a => (Action: a?.Action ?? -1, a?.Status, Note: a?.Note?.Trim())).ToList();
        var errors = PlanValidator.ValidateProgress(items, plan!.Content.Actions.Count);
        if (errors.Count > 0)
        {
            return Problems.BadRequest(http, Invalid, errors);
        }

        var report = new ProgressReport(plans.Now, Caller.Required(request).StaffId,
            items.Select(i => new ActionProgress(i.Action, PlanLabels.ParseStatus(i.Status)!.Value,
                string.IsNullOrEmpty(i.Note) ? null : i.Note)).ToList());
        var write = await plans.Store.AddProgressAsync(cycleId, divisionCode, report, ifMatch, cancellationToken);
        return Outcome(request, scope!, write);
    }

    [Function("SurveyPlanEffect")]
    [QueryParameter("next", "The cycle to compare with (default the following year's).")]
    [ProducesResponseType<EffectView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Readers)]
    [Description("Did the measures work? Each targeted item: this cycle's mean, the target, the next cycle's mean (?next=, default the "
        + "following year), the change and met / not met; not available when next year's group is suppressed.")]
    public async Task<IActionResult> Effect(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/surveys/{cycleId}/plans/{divisionCode}/effect")] HttpRequest request,
        string cycleId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var (scope, plan, refused) = await ScopedPlanAsync(request, cycleId, divisionCode, write: false, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var next = NextCycle(cycleId, request.Query["next"].ToString());

        var effect = next is null ? null : await EffectAsync(plans, results, scope!, plan!, next, cancellationToken);
        return effect is null
            ? Problems.NotFound(http, new Text("次のサイクルの結果はまだ保存されていません。", "The results of the next cycle are not stored yet."))
            : Json(ViewOf(plans, effect, Languages.Of(request)));
    }

    /// <summary>The cycle after this one: ?next= when given, else the following year for a numeric cycle id.</summary>
    public static string? NextCycle(string cycleId, string? requested) =>
        !string.IsNullOrWhiteSpace(requested) ? requested.Trim()
        : int.TryParse(cycleId, NumberStyles.None, CultureInfo.InvariantCulture,
            out var year) ? (year + 1).ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>Null when the next cycle's results are not stored.</summary>
    public static async Task<PlanEffect?> EffectAsync(SurveyPlanService plans, SurveyResultsStore results, PlanScope scope, ImprovementPlan plan,
        string nextCycleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(scope);
        if (await results.LoadGroupAsync(nextCycleId, GroupKey.Ministry, cancellationToken) is null)
        {
            return null;
        }

        var next = await results.LoadGroupAsync(nextCycleId, GroupKey.Division(scope.DivisionCode), cancellationToken);
        return PlanEffect.Compute(plan, scope.Results, next, nextCycleId);
    }

    public static EffectView ViewOf(SurveyPlanService plans, PlanEffect effect, Language language)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(effect);
        var statements = plans.Questionnaire.Items.ToDictionary(i => i.Id, i => i.Statement.In(language), StringComparer.Ordinal);
        return new EffectView(effect.CycleId, effect.NextCycleId, effect.DivisionCode, effect.NextShown, effect.Note?.In(language),
            effect.Rows.Select(r => new EffectRowView(r.ItemId, statements.GetValueOrDefault(r.ItemId, r.ItemId), r.Baseline, r.Target, r.Next,
                r.Change, r.Outcome)).ToList());
    }

    private IActionResult Outcome(HttpRequest request, PlanScope scope, PlanWrite write) => write.Outcome switch
    {
        PlanWriteOutcome.NotFound => Problems.NotFound(request.HttpContext, NoPlanText),
        PlanWriteOutcome.Conflict => Problems.Conflict(request.HttpContext, ChangedText),
        _ => Json(plans.View(scope, write.Plan, Languages.Of(request)), write.Plan!.ETag, request),
    };

    /// <summary>404 when the cycle has no follow-through or no such division; 403 when the caller may not read (or write) this plan.</summary>
    private async Task<(PlanScope? Scope, IActionResult? Refused)> ScopeAsync(HttpRequest request, string cycleId, string divisionCode, bool write,
        CancellationToken cancellationToken)
    {
        var caller = Caller.Required(request);
        var scope = await plans.ScopeAsync(cycleId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return (null, Problems.NotFound(request.HttpContext, SurveyPlanService.NotStartedText));
        }

        var allowed = write ? await plans.MayWriteAsync(caller, scope, cancellationToken) : await plans.MayReadAsync(caller, scope,
            cancellationToken);
        return allowed ? (scope, null) : (null, Problems.Forbidden(request.HttpContext,
            write ? "Only the head of the division writes its plan." : null));
    }

    /// <summary>The scope check, then the stored plan: 404 when the division has none yet.</summary>
    private async Task<(PlanScope? Scope, ImprovementPlan? Plan, IActionResult? Refused)> ScopedPlanAsync(
        HttpRequest request, string cycleId, string divisionCode, bool write, CancellationToken cancellationToken)
    {
        var (scope, refused) = await ScopeAsync(request, cycleId, divisionCode, write, cancellationToken);
        if (refused is not null)
        {
            return (null, null, refused);
        }

        var plan = await plans.Store.GetAsync(cycleId, divisionCode, cancellationToken);
        return plan is null ? (null, null, Problems.NotFound(request.HttpContext, NoPlanText)) : (scope, plan, null);
    }

    private static JsonResult Json(object value, string? etag = null, HttpRequest? request = null)
    {
        if (etag is not null && request is not null)
        {
            request.HttpContext.Response.Headers.ETag = etag;
        }

        return new JsonResult(value, ImprovementPlanStore.Json);
    }
}
