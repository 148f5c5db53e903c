using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Surveys.Results.Storage;

namespace Transformation.Surveys.Plans;

/// <summary>
/// The plan page (the division head writes, submits and reports progress; HR and the bureau's coordinators
/// read) and HR's overview page. The guard has signed the caller in before any of these runs.
/// </summary>
public sealed class SurveyPlanPageFunctions(
    SurveyPlanService plans,
    SurveyResultsStore results,
    FormProtection forms,
    CallerLanguage languages)
{
    private static readonly Text PlanTitle = new("カイゼン策（改善計画）", "Improvement plan");
    private static readonly Text ListTitle = new("カイゼン策の提出状況", "Improvement plans: status");

    [Function("SurveyPlanPage")]
    [Authorize(Roles = SurveyPlanApiFunctions.Readers)]
    [Description("Page: a division's improvement plan; the form for its head, read-only for HR and the bureau's coordinators; progress and the effect a year on.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{cycleId}/plans/{divisionCode}")] HttpRequest request,
        string cycleId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var caller = Caller.Required(request);
        var scope = await plans.ScopeAsync(cycleId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        if (!await plans.MayReadAsync(caller, scope, cancellationToken))
        {
            return PageResults.Error(request, language, StatusCodes.Status403Forbidden);
        }

        var plan = await plans.Store.GetAsync(cycleId, divisionCode, cancellationToken);
        var form = new PageForm(language, PlanForm.Values(plan));
        return await PageAsync(request, scope, plan, form, await plans.MayWriteAsync(caller, scope, cancellationToken), StatusCodes.Status200OK, cancellationToken);
    }

    [Function("SurveyPlanPagePost")]
    [Authorize(Roles = SurveyPlanApiFunctions.Readers)]
    [Description("Page: the division head saves the plan as a draft, submits it, or reports progress (anti-forgery checked); errors next to the fields, nothing written.")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/{cycleId}/plans/{divisionCode}")] HttpRequest request,
        string cycleId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var caller = Caller.Required(request);
        var scope = await plans.ScopeAsync(cycleId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        if (!await plans.MayWriteAsync(caller, scope, cancellationToken))
        {
            return PageResults.Error(request, language, StatusCodes.Status403Forbidden);
        }

        var posted = await request.ReadFormAsync(cancellationToken);
        var intent = posted["intent"].ToString();
        var etag = posted["etag"].ToString();
        var current = await plans.Store.GetAsync(cycleId, divisionCode, cancellationToken);
        if (intent == "progress")
        {
            return await ProgressAsync(request, scope, current, posted, language, caller, cancellationToken);
        }

        var (input, toFormField) = PlanForm.Read(posted);
        var (validation, write) = await plans.SaveAsync(scope, caller, input, etag.Length == 0 ? null : etag, cancellationToken);
        if (!validation.IsValid)
        {
            return await PageAsync(request, scope, current, PageForm.FromPost(language, posted, validation.Errors.Select(toFormField).ToList()), true, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (write!.Outcome != PlanWriteOutcome.Saved)
        {
            return await ConflictAsync(request, scope, posted, language, cancellationToken);
        }

        if (intent == "submit")
        {
            write = await plans.Store.SubmitAsync(cycleId, divisionCode, caller.StaffId, plans.Now, write.Plan!.ETag, cancellationToken);
        }

        return Redirect(cycleId, divisionCode, intent == "submit" ? "submitted" : "saved", language);
    }

    [Function("SurveyPlanListPage")]
    [Authorize(Roles = Roles.HrAdmin + "," + Roles.BureauCoordinator)]
    [Description("Page: where every division's improvement plan stands (a bureau coordinator sees their bureau).")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{cycleId}/plans")] HttpRequest request,
        string cycleId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var caller = Caller.Required(request);
        var list = await plans.StatusAsync(cycleId, async index => caller.IsIn(Roles.HrAdmin) ? null : await plans.CoordinatedBureausAsync(caller, index, cancellationToken), cancellationToken);
        if (list is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        var rows = Html.Join(list.Divisions.Select(d => Html.Format($"""
            <tr data-division="{d.DivisionCode}"><td><a href="/surveys/{cycleId}/plans/{d.DivisionCode}">{d.DivisionName}</a></td><td>{d.BureauName}</td><td>{d.HeadName ?? "-"}</td><td>{(d.ResultsShown ? new Text("公表", "Shown") : new Text("非公表", "Suppressed")).In(language)}</td><td class="standing" data-standing="{PlanLabels.Code(d.Standing)}">{PlanLabels.Of(d.Standing).In(language)}</td><td>{Date(d.SubmittedAt, language)}</td></tr>
            """)));
        var body = Html.Format($"""
            <p>{new Text("提出期限", "Deadline").In(language)}: {Date(list.Deadline, language)}</p>
            <table><thead><tr><th>{new Text("課室", "Division").In(language)}</th><th>{new Text("局", "Bureau").In(language)}</th><th>{new Text("課室長", "Head").In(language)}</th><th>{new Text("結果", "Results").In(language)}</th><th>{new Text("状況", "Status").In(language)}</th><th>{new Text("提出日時", "Submitted").In(language)}</th></tr></thead>
            <tbody>{rows}</tbody></table>
            """);
        return PageResults.Page(request, language, $"{ListTitle.In(language)}（{cycleId}）", body);
    }

    private async Task<IActionResult> ProgressAsync(HttpRequest request, PlanScope scope, ImprovementPlan? plan, IFormCollection posted, Language language, Caller caller, CancellationToken cancellationToken)
    {
        if (plan is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        var items = Enumerable.Range(0, plan.Content.Actions.Count)
            .Select(i => (Action: i, Status: (string?)posted[$"progress[{i}].status"].ToString(), Note: (string?)posted[$"progress[{i}].note"].ToString().Trim()))
            .ToList();
        var errors = PlanValidator.ValidateProgress(items, plan.Content.Actions.Count)
            .Select(e => e with { Field = e.Field.Replace("actions[", "progress[", StringComparison.Ordinal) }).ToList();
        if (errors.Count > 0)
        {
            return await PageAsync(request, scope, plan, PageForm.FromPost(language, posted, errors), true, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var report = new ProgressReport(plans.Now, caller.StaffId,
            items.Select(i => new ActionProgress(i.Action, PlanLabels.ParseStatus(i.Status)!.Value, string.IsNullOrEmpty(i.Note) ? null : i.Note)).ToList());
        var etag = posted["etag"].ToString();
        var write = await plans.Store.AddProgressAsync(scope.CycleId, scope.DivisionCode, report, etag.Length == 0 ? null : etag, cancellationToken);
        return write.Outcome == PlanWriteOutcome.Saved
            ? Redirect(scope.CycleId, scope.DivisionCode, "progress", language)
            : await ConflictAsync(request, scope, posted, language, cancellationToken);
    }

    private async Task<IActionResult> ConflictAsync(HttpRequest request, PlanScope scope, IFormCollection posted, Language language, CancellationToken cancellationToken)
    {
        var latest = await plans.Store.GetAsync(scope.CycleId, scope.DivisionCode, cancellationToken);
        var errors = new List<FieldError> { new("etag", new Text("この計画は他の人により更新されました。最新の内容を確認してからもう一度保存してください（入力内容は下に残っています）。", "Someone else changed this plan. Check the latest version and save again (what you entered is kept below).")) };
        var values = posted.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
        values["etag"] = latest?.ETag ?? "";
        return await PageAsync(request, scope, latest, new PageForm(language, values, errors), true, StatusCodes.Status409Conflict, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(HttpRequest request, PlanScope scope, ImprovementPlan? plan, PageForm form, bool mayWrite, int status, CancellationToken cancellationToken)
    {
        var language = form.Language;
        var view = plans.View(scope, plan, language);
        var notice = request.Query["done"].ToString() switch
        {
            "saved" => new Text("下書きを保存しました。", "The draft was saved."),
            "submitted" => new Text("カイゼン策を提出しました。", "The improvement plan was submitted."),
            "progress" => new Text("進捗を報告しました。", "Your progress report was saved."),
            _ => null,
        };
        var csrf = forms.HiddenField(request.HttpContext);
        var parts = new List<Html>
        {
            notice is null ? Html.Empty : Html.Format($"""<p class="notice" role="status">{notice.In(language)}</p>"""),
            Html.Format($"""
                <p>{scope.Division.Division.BureauName} / {scope.Division.Division.Name}（{new Text("課室長", "Head").In(language)}: {scope.Division.Head.Name}）</p>
                <p>{new Text("提出期限", "Deadline").In(language)}: {Date(view.Deadline, language)} — <strong class="standing" data-standing="{PlanLabels.Code(view.Standing)}">{PlanLabels.Of(view.Standing).In(language)}</strong></p>
                """),
            await EffectSectionAsync(request, scope, plan, language, cancellationToken),
        };

        if (mayWrite)
        {
            parts.Add(Html.Format($"""
                <form method="post">
                {form.ErrorSummary()}
                {csrf}
                {PlanForm.Fields(form, plans.Questionnaire, scope, PlanForm.ActionRows(plan?.Content.Actions.Count ?? 0))}
                <button type="submit" name="intent" value="save">{new Text("下書き保存", "Save draft").In(language)}</button>
                <button type="submit" name="intent" value="submit">{new Text("保存して提出", "Save and submit").In(language)}</button>
                </form>
                """));
            if (plan is { Content.Actions.Count: > 0 })
            {
                parts.Add(ProgressForm(plan, form, csrf));
            }
        }
        else
        {
            parts.Add(ReadOnly(view, language));
        }

        parts.Add(History(plan, language));
        var title = $"{PlanTitle.In(language)}：{scope.Division.Division.Name}（{scope.CycleId}）";
        return PageResults.Page(request, language, title, Html.Join(parts), status);
    }

    private static Html ProgressForm(ImprovementPlan plan, PageForm form, Html csrf)
    {
        var language = form.Language;
        var statuses = PlanLabels.Statuses.Select(s => new Choice(PlanLabels.Code(s), PlanLabels.Of(s))).ToList();
        var rows = Html.Join(plan.Content.Actions.Select((a, i) => Html.Format($"""
            <fieldset><legend>{a.Description}</legend>
            {form.Select($"progress[{i}].status", new Text("状況", "Status"), statuses)}
            {form.TextArea($"progress[{i}].note", new Text("メモ", "Note"), 2)}
            </fieldset>
            """)));
        return Html.Format($"""
            <h2>{new Text("進捗の報告", "Report progress").In(language)}</h2>
            <form method="post">
            {csrf}
            <input type="hidden" name="intent" value="progress">
            <input type="hidden" name="etag" value="{form.Value("etag")}">
            {rows}
            <button type="submit">{new Text("進捗を報告", "Report progress").In(language)}</button>
            </form>
            """);
    }

    private static Html ReadOnly(PlanView view, Language language)
    {
        if (view.Targets.Count == 0 && view.Actions.Count == 0)
        {
            return Html.Format($"""<p>{new Text("まだ計画は作成されていません。", "No plan has been written yet.").In(language)}</p>""");
        }

        var targets = Html.Join(view.Targets.Select(t => Html.Format($"<tr><td>{t.ItemId}</td><td>{t.Statement}</td><td>{Score(t.Current)}</td><td>{Score(t.Target)}</td></tr>")));
        var actions = Html.Join(view.Actions.Select(a => Html.Format($"<tr><td>{a.Description}</td><td>{a.Owner}</td><td>{a.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</td><td>{PlanLabels.Of(a.Status).In(language)}</td></tr>")));
        return Html.Format($"""
            <h2>{new Text("対象とする設問", "Targeted items").In(language)}</h2>
            <table><thead><tr><th>ID</th><th>{new Text("設問", "Item").In(language)}</th><th>{new Text("今回", "Now").In(language)}</th><th>{new Text("目標", "Target").In(language)}</th></tr></thead><tbody>{targets}</tbody></table>
            <h2>{new Text("取組", "Actions").In(language)}</h2>
            <table><thead><tr><th>{new Text("内容", "Description").In(language)}</th><th>{new Text("担当者", "Owner").In(language)}</th><th>{new Text("期限", "Due").In(language)}</th><th>{new Text("状況", "Status").In(language)}</th></tr></thead><tbody>{actions}</tbody></table>
            """);
    }

    private Html History(ImprovementPlan? plan, Language language)
    {
        if (plan is null || plan.Progress.Count == 0)
        {
            return Html.Empty;
        }

        var items = Html.Join(plan.Progress.Select(r => Html.Format($"""
            <li>{Date(r.ReportedAt, language)}: {Html.Join(r.Actions.Select(a => Html.Format($"[{a.Action + 1}] {PlanLabels.Of(a.Status).In(language)} {a.Note ?? ""} ")))}</li>
            """)));
        return Html.Format($"""<h2>{new Text("進捗の記録", "Progress reports").In(language)}</h2><ul>{items}</ul>""");
    }

    private async Task<Html> EffectSectionAsync(HttpRequest request, PlanScope scope, ImprovementPlan? plan, Language language, CancellationToken cancellationToken)
    {
        var next = SurveyPlanApiFunctions.NextCycle(scope.CycleId, request.Query["next"].ToString());
        if (plan is null || next is null || await SurveyPlanApiFunctions.EffectAsync(plans, results, scope, plan, next, cancellationToken) is not { } effect)
        {
            return Html.Empty;
        }

        var view = SurveyPlanApiFunctions.ViewOf(plans, effect, language);
        var rows = Html.Join(view.Items.Select(r => Html.Format($"""
            <tr data-item="{r.ItemId}"><td>{r.ItemId} {r.Statement}</td><td>{Score(r.Baseline)}</td><td>{Score(r.Target)}</td><td>{Score(r.Next)}</td><td>{Change(r.Change)}</td><td class="outcome">{Outcome(r.Outcome).In(language)}</td></tr>
            """)));
        var note = view.Note is null ? Html.Empty : Html.Format($"""<p class="notice">{view.Note}</p>""");
        return Html.Format($"""
            <h2>{new Text($"効果の確認（{next}年度の結果）", $"Effect ({next} results)").In(language)}</h2>
            {note}
            <table class="effect"><thead><tr><th>{new Text("設問", "Item").In(language)}</th><th>{new Text("基準（今回）", "Baseline").In(language)}</th><th>{new Text("目標", "Target").In(language)}</th><th>{new Text("翌年度", "Next year").In(language)}</th><th>{new Text("変化", "Change").In(language)}</th><th>{new Text("達成", "Met").In(language)}</th></tr></thead><tbody>{rows}</tbody></table>
            """);
    }

    private static Text Outcome(EffectOutcome outcome) => outcome switch
    {
        EffectOutcome.Met => new("達成", "Met"),
        EffectOutcome.NotMet => new("未達成", "Not met"),
        _ => new("確認できません", "Not available"),
    };

    private static string Score(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";

    private static string Change(double? value) => value is null ? "-" : value.Value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    private string Date(DateTimeOffset? at, Language language) => at is null ? "-" : DisplayDates.Format(plans.JapanTime.ToLocal(at.Value), language);

    private static RedirectResult Redirect(string cycleId, string divisionCode, string done, Language language) =>
        new($"/surveys/{Uri.EscapeDataString(cycleId)}/plans/{Uri.EscapeDataString(divisionCode)}?done={done}&lang={language.Code()}", permanent: false, preserveMethod: false);
}
