using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.CareSheets.Api;
using Transformation.Organisation.Lookup;
using Transformation.CareSheets.Model;
using Transformation.CareSheets.Storage;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Pages;

/// <summary>
/// The employee's pages: the form and the list of their sheets. The guard sends a browser that is not
/// signed in to the sign-in page (and back), so every page here has a caller. Pages speak the caller's
/// roster language unless they switch.
/// </summary>
public sealed class CareSheetPageFunctions(
    CareSheetService service,
    CareSheetStore store,
    FormProtection forms,
    JapanTime japanTime,
    CallerLanguage languages)
{
    private static readonly Text ListTitle = new("育児・介護シート", "Childcare and caregiving sheets");

    [Function("CareSheetNewPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the form to submit a childcare or caregiving sheet.")]
    public async Task<IActionResult> New(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets/new")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        return FormPage(request, new PageForm(language, CareSheetForm.Defaults), StatusCodes.Status200OK);
    }

    [Function("CareSheetNewSubmit")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: submits the sheet form (sign-in and anti-forgery checked); re-shows it with messages next to the fields, or goes to the list.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "care-sheets/new")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var caller = Caller.Required(request);

        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var outcome = await service.SubmitAsync(caller, CareSheetFormInput.Read(form), client, "page", cancellationToken);
        if (outcome.Succeeded)
        {
            return new RedirectResult($"/care-sheets?submitted={outcome.Sheet!.Id}&lang={language.Code()}", permanent: false, preserveMethod: false);
        }

        var errors = outcome.Errors.Count > 0 ? outcome.Errors : [new FieldError(CareSheetFields.Kind, outcome.Detail!)];
        return FormPage(request, PageForm.FromPost(language, form, errors), outcome.Status);
    }

    [Function("CareSheetListPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the signed-in employee's sheets and where each stands.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var sheets = await store.ListAsync(ownerId: caller.StaffId, cancellationToken: cancellationToken);
        var notice = request.Query.ContainsKey("submitted")
            ? Html.Format($"""<p class="notice" role="status">{new Text("シートを提出しました。上司に承認依頼のメールを送りました。", "Your sheet was submitted. Your supervisor has been asked to approve it.").In(language)}</p>""")
            : request.Query.ContainsKey("revised")
            ? Html.Format($"""<p class="notice" role="status">{new Text("シートを修正して再提出しました。上司に改めて承認依頼のメールを送りました。", "Your revised sheet was submitted. Your supervisor has been asked again to approve it.").In(language)}</p>""")
            : Html.Empty;
        var csrf = forms.HiddenField(request.HttpContext);
        var rows = Html.Join(sheets.Select(s => Row(s, language, csrf)));
        var table = sheets.Count == 0
            ? Html.Format($"<p>{new Text("提出したシートはありません。", "You have not submitted any sheets.").In(language)}</p>")
            : Html.Format($"""
                <table class="sheets"><thead><tr><th>{new Text("種別", "Kind").In(language)}</th><th>{new Text("期間", "Period").In(language)}</th><th>{new Text("版", "Version").In(language)}</th><th>{new Text("状態", "State").In(language)}</th><th>{new Text("コメント", "Comment").In(language)}</th><th>{new Text("提出日時", "Submitted").In(language)}</th><th></th></tr></thead>
                <tbody>{rows}</tbody></table>
                """);
        var hr = caller.IsIn(Roles.HrAdmin)
            ? Html.Format($"""<nav class="hr"><a href="/attention?lang={language.Code()}">{new Text("人事：対応が必要な項目", "HR: needs attention").In(language)}</a></nav>""")
            : Html.Empty;
        var body = Html.Join(hr, notice, table, Html.Format($"""<p><a href="/care-sheets/new?lang={language.Code()}">{new Text("新しいシートを提出する", "Submit a new sheet").In(language)}</a> ・ <a href="/care-sheets/to-approve?lang={language.Code()}">{new Text("承認者として判断を待っているシート", "Sheets awaiting your decision as an approver").In(language)}</a></p>"""));
        return PageResults.Page(request, language, ListTitle, body);
    }

    [Function("CareSheetWithdrawPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the employee withdraws one of their sheets from the list (sign-in and anti-forgery checked).")]
    public async Task<IActionResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "care-sheets/{id:length(32)}/withdraw")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var caller = Caller.Required(request);

        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var sheet = await store.GetAsync(id, cancellationToken);
        if (sheet is null || !CareSheetAccess.IsOwner(caller, sheet))
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        var change = await service.WithdrawAsync(caller, id, client, "page", cancellationToken);
        return change.Done
            ? new RedirectResult($"/care-sheets?lang={language.Code()}", permanent: false, preserveMethod: false)
            : PageResults.Error(request, language, StatusCodes.Status409Conflict, new("取り下げできません", "Cannot withdraw"), new("このシートは取り下げられない状態です。", "This sheet can no longer be withdrawn."));
    }

    private Html Row(CareSheet sheet, Language language, Html csrf) => Html.Format($"""
        <tr data-sheet="{sheet.Id}"><td><a href="/care-sheets/{sheet.Id}?lang={language.Code()}">{CareSheetLabels.Of(sheet.Kind).In(language)}</a></td><td>{sheet.PeriodFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} – {sheet.PeriodTo.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}</td><td>{sheet.Version}</td><td class="state">{CareSheetLabels.Of(sheet.State).In(language)}</td><td>{sheet.DecisionComment ?? ""}</td><td>{DisplayDates.Format(japanTime.ToLocal(sheet.SubmittedAt), language)}</td><td>{EditLink(sheet, language)}{WithdrawButton(sheet, language, csrf)}</td></tr>
        """);

    private static Html EditLink(CareSheet sheet, Language language) =>
        CareSheetPageResults.CanRevise(sheet)
            ? Html.Format($"""<p><a class="edit" href="/care-sheets/{sheet.Id}/edit?lang={language.Code()}">{new Text("修正する", "Revise").In(language)}</a></p>""")
            : Html.Empty;

    private static Html WithdrawButton(CareSheet sheet, Language language, Html csrf) =>
        CareSheetAccess.CanWithdraw(sheet)
            ? Html.Format($"""<form method="post" action="/care-sheets/{sheet.Id}/withdraw?lang={language.Code()}">{csrf}<button type="submit">{new Text("取り下げる", "Withdraw").In(language)}</button></form>""")
            : Html.Empty;

    private ContentResult FormPage(HttpRequest request, PageForm form, int status)
    {
        var body = form.Form(forms.HiddenField(request.HttpContext), CareSheetForm.Fields(form), new("提出する", "Submit"));
        return PageResults.Page(request, form.Language, CareSheetForm.Title, body, status);
    }

    // The guard has authenticated the caller before any of these pages runs.
}
