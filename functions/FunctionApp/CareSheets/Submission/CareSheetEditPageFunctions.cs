using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Submission;

/// <summary>
/// The employee revises a pending or returned sheet in the browser: the sheet form, filled with the current
/// version and headed by the approver's comment. Saving is the API's revision (same service call): a new
/// version and a new approval, and the links sent for the earlier version stop working.
/// </summary>
public sealed class CareSheetEditPageFunctions(
    CareSheetService service,
    CareSheetStore store,
    CareSheetAudit audit,
    PageRequests pages,
    JapanTime japanTime)
{
    [Function("CareSheetEditPage")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the owner's form to revise a pending or returned sheet, filled with the current version and showing the approver's "
        + "comment; 409 page when it can no longer be revised.")]
    public async Task<IActionResult> Edit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets/{id:length(32)}/edit")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var caller = page.SignedIn;
        var sheet = await store.GetAsync(id, cancellationToken);
        if (Refusal(page, sheet) is { } refused)
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
            return page.NotFound();
        }

        await audit.WriteAsync(id, caller.StaffId, AuditActions.Read, sheet.Version, "page", cancellationToken: cancellationToken);
        return FormPage(page, sheet, FormState.Of(CareSheetForm.ValuesOf(content, page.Language)), StatusCodes.Status200OK);
    }

    [Function("CareSheetEditSubmit")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: saves the owner's revision (sign-in and anti-forgery checked) as a new version with a new approval; re-shows the form "
        + "with messages next to the fields, or goes to the list.")]
    public async Task<IActionResult> Save(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "care-sheets/{id:length(32)}/edit")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        var sheet = await store.GetAsync(id, cancellationToken);
        if (Refusal(page, sheet) is { } refused)
        {
            return refused;
        }

        var outcome = await service.ReviseAsync(page.SignedIn, id, CareSheetFormInput.Read(post.Form), client, "page", cancellationToken);
        if (outcome.Succeeded)
        {
            return page.SeeOther($"/care-sheets?revised={Uri.EscapeDataString(id)}");
        }

        // Someone decided or the employee withdrew in another tab meanwhile: say why rather than show the form again.
        var now = await store.GetAsync(id, cancellationToken);
        if (outcome.Status == StatusCodes.Status409Conflict && now is not null && !CareSheetAccess.CanRevise(now))
        {
            return CannotRevise(page, now);
        }

        var errors = outcome.Errors.Count > 0 ? outcome.Errors : [new FieldError(CareSheetFields.Kind, outcome.Detail!)];
        return FormPage(page, now ?? sheet!, FormState.FromPost(post.Form, errors), outcome.Status);
    }

    /// <summary>404 for no such sheet, 403 for anyone but its owner, 409 (with the reason) when it can no longer be revised.</summary>
    private static ContentResult? Refusal(PageRequest page, CareSheet? sheet)
    {
        if (sheet is null)
        {
            return page.NotFound();
        }

        if (!CareSheetAccess.IsOwner(page.SignedIn, sheet))
        {
            return PageResults.Error(page.Http, page.Language, StatusCodes.Status403Forbidden, CareSheetSubmissionTexts.AccessDenied,
                CareSheetSubmissionTexts.OwnerOnly);
        }

        return CareSheetAccess.CanRevise(sheet) ? null : CannotRevise(page, sheet);
    }

    /// <summary>409: the sheet is approved, declined, withdrawn or ended; what that means and what to do instead.</summary>
    private static ContentResult CannotRevise(PageRequest page, CareSheet sheet)
    {
        var why = sheet.State switch
        {
            CareSheetState.Approved => CareSheetSubmissionTexts.ApprovedCannotRevise,
            CareSheetState.Declined => CareSheetSubmissionTexts.DeclinedCannotRevise,
            CareSheetState.Withdrawn => CareSheetSubmissionTexts.WithdrawnCannotRevise,
            _ => CareSheetSubmissionTexts.EndedCannotRevise,
        };
        return page.Render<CareSheetCannotRevisePage>(CareSheetSubmissionTexts.CannotReviseTitle,
            new CareSheetCannotReviseView(why, CareSheetLabels.Of(sheet.State)), StatusCodes.Status409Conflict);
    }

    private ContentResult FormPage(PageRequest page, CareSheet sheet, FormState form, int status)
    {
        Text? returnedBy = null;
        if (sheet is { State: CareSheetState.Returned, DecisionComment: not null })
        {
            var when = sheet.DecidedAt is { } at ? DisplayDates.Both(japanTime.ToLocal(at)) : Plain("");
            returnedBy = CareSheetSubmissionTexts.ReturnedBy.With(sheet.DecidedByName ?? "", when, sheet.Version);
        }

        return page.Render<CareSheetEditPage>(CareSheetSubmissionTexts.EditTitle, new CareSheetEditView(sheet, form, page.Csrf, returnedBy), status);
    }

    private static Text Plain(string value) => new(value, value);
}
