using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.CareSheets.Api;
using Transformation.CareSheets.Model;
using Transformation.CareSheets.Storage;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Pages;

/// <summary>
/// Signed-in pages for reading and deciding: the sheets awaiting the caller's decision, one sheet (same
/// readers and the same audit as the API), and the decision posted from it (same service call as the API;
/// of two approvers the first decision counts).
/// </summary>
public sealed class CareSheetApprovalPageFunctions(
    CareSheetService service,
    CareSheetStore store,
    CareSheetAudit audit,
    CareSheetSheetPage sheetPage,
    FormProtection forms,
    JapanTime japanTime,
    CallerLanguage languages)
{
    private static readonly Text QueueTitle = new("承認待ちの育児・介護シート", "Sheets awaiting your decision");

    [Function("CareSheetToApprovePage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the sheets awaiting the signed-in approver's decision, each linking to the sheet and its decision form.")]
    public async Task<IActionResult> ToApprove(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets/to-approve")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var sheets = (await store.ListAsync(state: CareSheetState.Pending, cancellationToken: cancellationToken)).Where(s => CareSheetAccess.MayDecide(caller, s)).ToList();
        var code = language.Code();
        var notice = CareSheetLabels.ParseDecision(request.Query["decided"]) is { } decided
            ? Html.Format($"""<p class="notice" role="status">{new Text($"判断（{CareSheetLabels.Of(decided).Ja}）を記録しました。本人に通知します。", $"Your decision ({CareSheetLabels.Of(decided).En}) was recorded. The employee will be told.").In(language)}</p>""")
            : Html.Empty;
        var rows = Html.Join(sheets.Select(s => Html.Format($"""
            <tr data-sheet="{s.Id}"><td>{s.OwnerName}</td><td>{CareSheetLabels.Of(s.Kind).In(language)}</td><td>{Iso(s.PeriodFrom)} – {Iso(s.PeriodTo)}</td><td>{s.Version.ToString(CultureInfo.InvariantCulture)}</td><td>{DisplayDates.Format(japanTime.ToLocal(s.UpdatedAt), language)}</td><td><a href="/care-sheets/{s.Id}?lang={code}">{new Text("内容を確認して判断する", "Read and decide").In(language)}</a></td></tr>
            """)));
        var table = sheets.Count == 0
            ? Html.Format($"""<p>{new Text("あなたの判断を待っているシートはありません。", "No sheet awaits your decision.").In(language)}</p>""")
            : Html.Format($"""
                <table class="to-approve"><thead><tr><th>{new Text("提出者", "Employee").In(language)}</th><th>{new Text("種別", "Kind").In(language)}</th><th>{new Text("期間", "Period").In(language)}</th><th>{new Text("版", "Version").In(language)}</th><th>{new Text("最終更新", "Last change").In(language)}</th><th></th></tr></thead>
                <tbody>{rows}</tbody></table>
                """);
        var body = Html.Join(notice, table, Html.Format($"""<p><a href="/care-sheets?lang={code}">{new Text("自分が提出したシートの一覧", "Your own sheets").In(language)}</a></p>"""));
        return PageResults.Page(request, language, QueueTitle, body);
    }

    [Function("CareSheetPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: one sheet with its content and history, for its owner, the approvers on its route and HR (403 page for others; every read audited); an approver whose decision is awaited gets the decision form.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets/{id:length(32)}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var sheet = await store.GetAsync(id, cancellationToken);
        if (ReadRefusal(request, language, caller, sheet) is { } refused)
        {
            if (sheet is not null)
            {
                await audit.WriteAsync(id, caller.StaffId, AuditActions.ReadRefused, sheet.Version, "page", cancellationToken: cancellationToken);
            }

            return refused;
        }

        var content = await store.GetContentAsync(id, sheet!.Version, cancellationToken);
        if (content is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        await audit.WriteAsync(id, caller.StaffId, AuditActions.Read, sheet.Version, "page", cancellationToken: cancellationToken);
        return await sheetPage.RenderAsync(request, caller, sheet, content, new PageForm(language), cancellationToken: cancellationToken);
    }

    [Function("CareSheetDecisionPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: a signed-in approver's decision on a sheet (anti-forgery checked): approve, return or decline (both with a comment); 409 page when someone decided first, else back to the sheets awaiting a decision.")]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "care-sheets/{id:length(32)}/decision")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var language = await languages.OfAsync(request, cancellationToken);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var sheet = await store.GetAsync(id, cancellationToken);
        if (ReadRefusal(request, language, caller, sheet) is { } refused)
        {
            return refused;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var shown = int.TryParse(form[CareSheetSheetPage.VersionField], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : sheet!.Version;
        if (!CareSheetAccess.MayDecide(caller, sheet!))
        {
            // An approver of an earlier round (the route moved on with a revision) is told what happened; anyone else may not decide.
            return sheet!.Route.Contains(caller.StaffId) && !CareSheetAccess.IsOwner(caller, sheet)
                ? sheetPage.Conflict(request, language, sheet, shown)
                : PageResults.Error(request, language, StatusCodes.Status403Forbidden, new("判断できません", "You cannot decide on this sheet"),
                    new("このシートを判断できるのは、現在の承認者だけです。", "Only the sheet's current approver can decide on it."));
        }

        if (sheet!.State != CareSheetState.Pending || shown != sheet.Version)
        {
            return sheetPage.Conflict(request, language, sheet, shown);
        }

        var decision = CareSheetLabels.ParseDecision(form[CareSheetLinkPages.DecisionField]);
        var comment = form[CareSheetLinkPages.CommentField].ToString();
        var errors = decision is null
            ? [new FieldError(CareSheetLinkPages.DecisionField, new("承認・差戻し・却下のいずれかを選んでください。", "Choose approve, return or decline."))]
            : CareSheetService.CommentErrors(decision.Value, comment);
        if (errors.Count == 0)
        {
            var result = await service.DecideAsync(id, sheet.Version, caller.StaffId, decision!.Value, comment, client, "page", cancellationToken);
            switch (result.Kind)
            {
                case DecisionOutcomeKind.Recorded:
                    return PageResults.SeeOther(request, $"/care-sheets/to-approve?decided={CareSheetLabels.Code(decision.Value)}&lang={language.Code()}");
                case DecisionOutcomeKind.TooLate:
                    return sheetPage.Conflict(request, language, result.Sheet ?? sheet, shown);
                default:
                    errors = result.Errors;
                    break;
            }
        }

        var content = await store.GetContentAsync(id, sheet.Version, cancellationToken);
        return content is null
            ? PageResults.Error(request, language, StatusCodes.Status404NotFound)
            : await sheetPage.RenderAsync(request, caller, sheet, content, PageForm.FromPost(language, form, errors), StatusCodes.Status400BadRequest, cancellationToken);
    }

    /// <summary>404 for no such sheet, 403 for anyone but its owner, the approvers on its route and HR (the API's rule).</summary>
    private static ContentResult? ReadRefusal(HttpRequest request, Language language, Caller caller, CareSheet? sheet) =>
        sheet is null ? PageResults.Error(request, language, StatusCodes.Status404NotFound)
        : CareSheetAccess.MayRead(caller, sheet) ? null
        : PageResults.Error(request, language, StatusCodes.Status403Forbidden);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The guard has authenticated the caller before any of these pages runs.
}
