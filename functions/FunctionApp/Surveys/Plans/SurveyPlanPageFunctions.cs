using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Surveys.Results.Storage;

namespace Transformation.Surveys.Plans;

/// <summary>
/// The plan page (the division head writes, submits and reports progress; HR and the bureau's coordinators
/// read) and HR's overview page. The guard has signed the caller in before any of these runs.
/// </summary>
public sealed class SurveyPlanPageFunctions(SurveyPlanService plans, SurveyResultsStore results, PageRequests pages)
{
    [Function("SurveyPlanPage")]
    [QueryParameter("done", "What was just done (saved, submitted or progress), shown as a notice.")]
    [QueryParameter("next", "The cycle the effect section compares with (default the following year's).")]
    [Authorize(Roles = SurveyPlanApiFunctions.Readers)]
    [Description("Page: a division's improvement plan; the form for its head, read-only for HR and the bureau's coordinators; "
        + "progress and the effect a year on.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{cycleId}/plans/{divisionCode}")] HttpRequest request,
        string cycleId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var scope = await plans.ScopeAsync(cycleId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return page.NotFound();
        }

        if (!await plans.MayReadAsync(page.SignedIn, scope, cancellationToken))
        {
            return page.Forbidden();
        }

        var plan = await plans.Store.GetAsync(cycleId, divisionCode, cancellationToken);
        var mayWrite = await plans.MayWriteAsync(page.SignedIn, scope, cancellationToken);
        return await PageAsync(page, scope, plan, FormState.Of(PlanForm.Values(plan)), mayWrite, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("SurveyPlanPagePost")]
    [QueryParameter("done", "Read when the form is shown again: a notice, as on the GET.")]
    [QueryParameter("next", "Read when the form is shown again: the cycle the effect section compares with.")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = SurveyPlanApiFunctions.Readers)]
    [Description("Page: the division head saves the plan as a draft, submits it, or reports progress (anti-forgery checked); "
        + "errors next to the fields, nothing written.")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/{cycleId}/plans/{divisionCode}")] HttpRequest request,
        string cycleId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        var caller = page.SignedIn;
        var scope = await plans.ScopeAsync(cycleId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return page.NotFound();
        }

        if (!await plans.MayWriteAsync(caller, scope, cancellationToken))
        {
            return page.Forbidden();
        }

        var intent = post.Field("intent");
        var etag = post.Field("etag");
        var current = await plans.Store.GetAsync(cycleId, divisionCode, cancellationToken);
        if (intent == "progress")
        {
            return await ProgressAsync(post, scope, current, cancellationToken);
        }

        var (input, toFormField) = PlanForm.Read(post.Form);
        var (validation, write) = await plans.SaveAsync(scope, caller, input, etag.Length == 0 ? null : etag, cancellationToken);
        if (!validation.IsValid)
        {
            var form = new FormState(Sent(post), validation.Errors.Select(toFormField).ToList());
            return await PageAsync(page, scope, current, form, true, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (write!.Outcome != PlanWriteOutcome.Saved)
        {
            return await ConflictAsync(post, scope, cancellationToken);
        }

        if (intent == "submit")
        {
            write = await plans.Store.SubmitAsync(cycleId, divisionCode, caller.StaffId, plans.Now, write.Plan!.ETag, cancellationToken);
        }

        return Redirect(page, scope, intent == "submit" ? "submitted" : "saved");
    }

    [Function("SurveyPlanListPage")]
    [Authorize(Roles = Roles.HrAdmin + "," + Roles.BureauCoordinator)]
    [Description("Page: where every division's improvement plan stands (a bureau coordinator sees their bureau).")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{cycleId}/plans")] HttpRequest request,
        string cycleId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var caller = page.SignedIn;
        var list = await plans.StatusAsync(cycleId,
            async index => caller.IsIn(Roles.HrAdmin) ? null : await plans.CoordinatedBureausAsync(caller, index, cancellationToken),
            cancellationToken);
        if (list is null)
        {
            return page.NotFound();
        }

        var view = new PlanListView(cycleId, Date(list.Deadline),
            list.Divisions.Select(d => new PlanListRow(d, Date(d.SubmittedAt))).ToList());
        return page.Render<PlanListPage>(PlanTexts.ListTitle.With(cycleId), view);
    }

    private async Task<IActionResult> ProgressAsync(PagePost post, PlanScope scope, ImprovementPlan? plan, CancellationToken cancellationToken)
    {
        if (plan is null)
        {
            return post.Page.NotFound();
        }

        var items = Enumerable.Range(0, plan.Content.Actions.Count)
            .Select(i => (Action: i, Status: (string?)post.Field($"progress[{i}].status"), Note: (string?)post.Field($"progress[{i}].note").Trim()))
            .ToList();
        var errors = PlanValidator.ValidateProgress(items, plan.Content.Actions.Count)
            .Select(e => e with { Field = e.Field.Replace("actions[", "progress[", StringComparison.Ordinal) }).ToList();
        if (errors.Count > 0)
        {
            var form = new FormState(Sent(post), errors);
            return await PageAsync(post.Page, scope, plan, form, true, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var report = new ProgressReport(plans.Now, post.Page.SignedIn.StaffId,
            items.Select(i => new ActionProgress(i.Action, PlanLabels.ParseStatus(i.Status)!.Value, string.IsNullOrEmpty(i.Note) ? null : i.Note))
                .ToList());
        var etag = post.Field("etag");
        var write = await plans.Store.AddProgressAsync(scope.CycleId, scope.DivisionCode, report, etag.Length == 0 ? null : etag, cancellationToken);
        return write.Outcome == PlanWriteOutcome.Saved
            ? Redirect(post.Page, scope, "progress")
            : await ConflictAsync(post, scope, cancellationToken);
    }

    /// <summary>Someone saved in between: the latest plan, with what this person sent kept in the form (and the latest ETag).</summary>
    private async Task<IActionResult> ConflictAsync(PagePost post, PlanScope scope, CancellationToken cancellationToken)
    {
        var latest = await plans.Store.GetAsync(scope.CycleId, scope.DivisionCode, cancellationToken);
        var values = Sent(post);
        values["etag"] = latest?.ETag ?? "";
        var form = new FormState(values, [new FieldError("etag", PlanTexts.ChangedBySomeoneElse)]);
        return await PageAsync(post.Page, scope, latest, form, true, StatusCodes.Status409Conflict, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(
        PageRequest page, PlanScope scope, ImprovementPlan? plan, FormState form, bool mayWrite, int status, CancellationToken cancellationToken)
    {
        var planView = plans.View(scope, plan, page.Language);
        var notice = page.Http.Query["done"].ToString() switch
        {
            "saved" => PlanTexts.Saved,
            "submitted" => PlanTexts.Submitted,
            "progress" => PlanTexts.ProgressSaved,
            _ => null,
        };
        var editor = mayWrite
            ? new PlanEditor(page.Csrf, form, PlanForm.ItemChoices(plans.Questionnaire, scope), scope.Results is { ScoresShown: true },
                PlanForm.ActionRows(plan?.Content.Actions.Count ?? 0), plan?.Content.Actions.Select(a => a.Description).ToList() ?? [])
            : null;
        var history = (plan?.Progress ?? []).Select(r => new PlanProgressEntry(Date(r.ReportedAt), r.Actions)).ToList();
        var division = scope.Division;
        var view = new PlanPageView(division.Division.BureauName, division.Division.Name, division.Head.Name, Date(planView.Deadline),
            planView.Standing, notice, await EffectAsync(page, scope, plan, cancellationToken), editor, planView, history);
        return page.Render<PlanPage>(PlanTexts.PlanTitle.With(division.Division.Name, scope.CycleId), view, status);
    }

    private async Task<PlanEffectSection?> EffectAsync(PageRequest page, PlanScope scope, ImprovementPlan? plan, CancellationToken cancellationToken)
    {
        var next = SurveyPlanApiFunctions.NextCycle(scope.CycleId, page.Http.Query["next"].ToString());
        if (plan is null || next is null
            || await SurveyPlanApiFunctions.EffectAsync(plans, results, scope, plan, next, cancellationToken) is not { } effect)
        {
            return null;
        }

        var view = SurveyPlanApiFunctions.ViewOf(plans, effect, page.Language);
        return new PlanEffectSection(next, view.Note, view.Items);
    }

    /// <summary>The form as sent, so nothing typed is lost when it is shown again.</summary>
    private static Dictionary<string, string?> Sent(PagePost post) =>
        post.Form.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);

    private Text Date(DateTimeOffset? at) => at is { } instant ? DisplayDates.Both(plans.JapanTime.ToLocal(instant)) : PlanTexts.NoDate;

    // Post, redirect, get, in the page's language: a reload does not post again.
    private static RedirectResult Redirect(PageRequest page, PlanScope scope, string done) =>
        new(PageLinks.InLanguage($"/surveys/{Uri.EscapeDataString(scope.CycleId)}/plans/{Uri.EscapeDataString(scope.DivisionCode)}?done={done}",
            page.Language), permanent: false, preserveMethod: false);
}
