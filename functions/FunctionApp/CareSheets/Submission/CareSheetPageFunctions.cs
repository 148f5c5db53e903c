using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Submission;

/// <summary>
/// The employee's pages: the form and the list of their sheets. The guard sends a browser that is not
/// signed in to the sign-in page (and back), so every page here has a caller. Pages speak the caller's
/// roster language unless they switch.
/// </summary>
public sealed class CareSheetPageFunctions(CareSheetService service, CareSheetStore store, PageRequests pages, JapanTime japanTime)
{
    [Function("CareSheetNewPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the form to submit a childcare or caregiving sheet.")]
    public async Task<IActionResult> New(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets/new")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var view = new CareSheetFormView(FormState.Of(CareSheetForm.Defaults), page.Csrf);
        return page.Render<CareSheetNewPage>(CareSheetSubmissionTexts.NewTitle, view);
    }

    [Function("CareSheetNewSubmit")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: submits the sheet form (sign-in and anti-forgery checked); re-shows it with messages next to the fields, "
        + "or goes to the list.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "care-sheets/new")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        var outcome = await service.SubmitAsync(page.SignedIn, CareSheetFormInput.Read(post.Form), client, "page", cancellationToken);
        if (outcome.Succeeded)
        {
            return page.SeeOther($"/care-sheets?submitted={outcome.Sheet!.Id}");
        }

        var errors = outcome.Errors.Count > 0 ? outcome.Errors : [new FieldError(CareSheetFields.Kind, outcome.Detail!)];
        var view = new CareSheetFormView(FormState.FromPost(post.Form, errors), page.Csrf);
        return page.Render<CareSheetNewPage>(CareSheetSubmissionTexts.NewTitle, view, outcome.Status);
    }

    [Function("CareSheetListPage")]
    [QueryParameter("submitted", "Present after a sheet was sent: says so.")]
    [QueryParameter("revised", "Present after a sheet was revised: says so.")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the signed-in employee's sheets and where each stands.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var caller = page.SignedIn;
        var sheets = await store.ListAsync(ownerId: caller.StaffId, cancellationToken: cancellationToken);
        var notice = request.Query.ContainsKey("submitted") ? CareSheetSubmissionTexts.SubmittedNotice
            : request.Query.ContainsKey("revised") ? CareSheetSubmissionTexts.RevisedNotice
            : null;
        var rows = sheets.Select(s => new CareSheetMineRow(
            s, $"{Iso(s.PeriodFrom)} – {Iso(s.PeriodTo)}", DisplayDates.Both(japanTime.ToLocal(s.SubmittedAt)),
            CareSheetAccess.CanRevise(s), CareSheetAccess.CanWithdraw(s))).ToList();
        var view = new CareSheetMineView(rows, notice, page.Csrf, caller.IsIn(Roles.HrAdmin));
        return page.Render<CareSheetMinePage>(CareSheetSubmissionTexts.ListTitle, view);
    }

    [Function("CareSheetWithdrawPage")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the employee withdraws one of their sheets from the list (sign-in and anti-forgery checked).")]
    public async Task<IActionResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "care-sheets/{id:length(32)}/withdraw")] HttpRequest request,
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
        if (sheet is null || !CareSheetAccess.IsOwner(page.SignedIn, sheet))
        {
            return page.NotFound();
        }

        var change = await service.WithdrawAsync(page.SignedIn, id, client, "page", cancellationToken);
        return change.Done
            ? page.SeeOther("/care-sheets")
            : PageResults.Error(request, page.Language, StatusCodes.Status409Conflict, CareSheetSubmissionTexts.CannotWithdrawTitle,
                CareSheetSubmissionTexts.CannotWithdraw);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
