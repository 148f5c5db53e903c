using System.ComponentModel;
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
/// The employee revises a pending or returned sheet in the browser: the sheet form, filled with the current
/// version and headed by the approver's comment. Saving is the API's revision (same service call): a new
/// version and a new approval, and the links sent for the earlier version stop working.
/// </summary>
public sealed class CareSheetEditPageFunctions(
    CareSheetService service,
    CareSheetStore store,
    CareSheetAudit audit,
    FormProtection forms,
    JapanTime japanTime,
    CallerLanguage languages)
{
    private static readonly Text Title = new("育児・介護シートの修正", "Revise a childcare or caregiving sheet");
    private static readonly Text SubmitLabel = new("修正して再提出する", "Submit the revision");

    [Function("CareSheetEditPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the owner's form to revise a pending or returned sheet, filled with the current version and showing the approver's comment; 409 page when it can no longer be revised.")]
    public async Task<IActionResult> Edit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets/{id:length(32)}/edit")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var caller = Caller.Required(request);
        var sheet = await store.GetAsync(id, cancellationToken);
        if (Refusal(request, language, caller, sheet) is { } refused)
        {
            if (refused.StatusCode == StatusCodes.Status403Forbidden)
            {
                await audit.WriteAsync(id, caller.StaffId, AuditActions.ReadRefused, sheet!.Version, "page", cancellationToken: cancellationToken);
            }

            return refused;
        }

        var content = await store.GetContentAsync(id, sheet!.Version, cancellationToken);
        if (content is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        await audit.WriteAsync(id, caller.StaffId, AuditActions.Read, sheet.Version, "page", cancellationToken: cancellationToken);
        return FormPage(request, sheet, new PageForm(language, CareSheetForm.ValuesOf(content, language)), StatusCodes.Status200OK);
    }

    [Function("CareSheetEditSubmit")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: saves the owner's revision (sign-in and anti-forgery checked) as a new version with a new approval; re-shows the form with messages next to the fields, or goes to the list.")]
    public async Task<IActionResult> Save(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "care-sheets/{id:length(32)}/edit")] HttpRequest request,
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
        if (Refusal(request, language, caller, sheet) is { } refused)
        {
            return refused;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var outcome = await service.ReviseAsync(caller, id, CareSheetFormInput.Read(form), client, "page", cancellationToken);
        if (outcome.Succeeded)
        {
            return PageResults.SeeOther(request, $"/care-sheets?revised={Uri.EscapeDataString(id)}&lang={language.Code()}");
        }

        // Someone decided or the employee withdrew in another tab meanwhile: say why rather than show the form again.
        var now = await store.GetAsync(id, cancellationToken);
        if (outcome.Status == StatusCodes.Status409Conflict && now is not null && !CareSheetPageResults.CanRevise(now))
        {
            return CareSheetPageResults.CannotRevise(request, language, now);
        }

        var errors = outcome.Errors.Count > 0 ? outcome.Errors : [new FieldError(CareSheetFields.Kind, outcome.Detail!)];
        return FormPage(request, now ?? sheet!, PageForm.FromPost(language, form, errors), outcome.Status);
    }

    /// <summary>404 for no such sheet, 403 for anyone but its owner, 409 (with the reason) when it can no longer be revised.</summary>
    private static ContentResult? Refusal(HttpRequest request, Language language, Caller caller, CareSheet? sheet)
    {
        if (sheet is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        if (!CareSheetAccess.IsOwner(caller, sheet))
        {
            return PageResults.Error(request, language, StatusCodes.Status403Forbidden, new("アクセスできません", "Access denied"),
                new("シートを修正できるのは、提出した本人だけです。", "Only the employee who submitted a sheet can revise it."));
        }

        return CareSheetPageResults.CanRevise(sheet) ? null : CareSheetPageResults.CannotRevise(request, language, sheet);
    }

    private ContentResult FormPage(HttpRequest request, CareSheet sheet, PageForm form, int status)
    {
        var language = form.Language;
        var body = Html.Join(
            Heading(sheet, language),
            form.Form(forms.HiddenField(request.HttpContext), CareSheetForm.Fields(form), SubmitLabel),
            Html.Format($"""<p><a href="/care-sheets?lang={language.Code()}">{new Text("修正せずに一覧へ戻る", "Back to your sheets without revising").In(language)}</a></p>"""));
        return PageResults.Page(request, language, Title, body, status);
    }

    /// <summary>The approver's return comment (or, while pending, what a revision does) above the form.</summary>
    private Html Heading(CareSheet sheet, Language language)
    {
        var next = sheet.Version + 1;
        var effect = new Text(
            $"再提出すると第{next}版として承認をやり直します。前の版についてお送りした承認依頼のリンクは使えなくなります。",
            $"Submitting makes this version {next} and starts the approval again; the links sent for the earlier version stop working.");
        if (sheet is { State: CareSheetState.Returned, DecisionComment: { } comment })
        {
            var who = sheet.DecidedByName ?? "";
            var when = sheet.DecidedAt is { } at ? DisplayDates.Format(japanTime.ToLocal(at), language) : "";
            return Html.Format($"""
                <section class="notice returned" role="status" aria-labelledby="returned-title">
                <h2 id="returned-title">{new Text("差し戻されました", "Returned for revision").In(language)}</h2>
                <p>{new Text($"{who}さんが{when}に第{sheet.Version}版を差し戻しました。", $"{who} returned version {sheet.Version} on {when}.").In(language)}</p>
                <p><strong>{new Text("コメント", "Comment").In(language)}：</strong></p>
                <blockquote class="comment" style="white-space:pre-wrap">{comment}</blockquote>
                <p>{effect.In(language)}</p>
                </section>
                """);
        }

        return Html.Format($"""
            <p class="notice" role="status">{new Text($"このシート（第{sheet.Version}版）は承認待ちです。", $"This sheet (version {sheet.Version}) awaits approval.").In(language)}{effect.In(language)}</p>
            """);
    }

    // The guard has authenticated the caller before any of these pages runs.
}
