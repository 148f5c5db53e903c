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
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Approval;

/// <summary>
/// The signed-in approver's pages: the sheets awaiting the caller's decision, and the decision posted from a sheet's page
/// (same service call as the API; of two approvers the first decision counts).
/// </summary>
public sealed class CareSheetApprovalPageFunctions(
    CareSheetService service,
    CareSheetStore store,
    CareSheetReading reading,
    PageRequests pages,
    JapanTime japanTime)
{
    [Function("CareSheetToApprovePage")]
    [QueryParameter("decided", "The decision just recorded (approve, return or decline), confirmed at the top.")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: the sheets awaiting the signed-in approver's decision, each linking to the sheet and its decision form.")]
    public async Task<IActionResult> ToApprove(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets/to-approve")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var caller = page.SignedIn;
        var sheets = (await store.ListAsync(state: CareSheetState.Pending, cancellationToken: cancellationToken))
            .Where(s => CareSheetAccess.MayDecide(caller, s))
            .Select(s => new CareSheetAwaiting(s, $"{Iso(s.PeriodFrom)} – {Iso(s.PeriodTo)}", DisplayDates.Both(japanTime.ToLocal(s.UpdatedAt))))
            .ToList();
        var view = new CareSheetToApproveView(sheets, CareSheetLabels.ParseDecision(request.Query["decided"]));
        return page.Render<CareSheetToApprovePage>(CareSheetApprovalTexts.QueueTitle, view);
    }

    [Function("CareSheetDecisionPage")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: a signed-in approver's decision on a sheet (anti-forgery checked): approve, return or decline (both with a comment); "
        + "409 page when someone decided first, else back to the sheets awaiting a decision.")]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "care-sheets/{id:length(32)}/decision")] HttpRequest request,
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
        var caller = page.SignedIn;
        var sheet = await store.GetAsync(id, cancellationToken);
        if (CareSheetReading.Refusal(page, sheet) is { } refused)
        {
            return refused;
        }

        var shown = int.TryParse(post.Field(CareSheetDecisionForm.VersionField), NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : sheet!.Version;
        if (!CareSheetAccess.MayDecide(caller, sheet!))
        {
            // An approver of an earlier round (the route moved on with a revision) is told what happened; anyone else may not decide.
            return sheet!.Route.Contains(caller.StaffId) && !CareSheetAccess.IsOwner(caller, sheet)
                ? Conflict(page, sheet, shown)
                : PageResults.Error(request, page.Language, StatusCodes.Status403Forbidden, CareSheetApprovalTexts.CannotDecideTitle,
                    CareSheetApprovalTexts.CurrentApproverOnly);
        }

        if (sheet!.State != CareSheetState.Pending || shown != sheet.Version)
        {
            return Conflict(page, sheet, shown);
        }

        var decision = CareSheetLabels.ParseDecision(post.Field(CareSheetDecisionForm.DecisionField));
        var comment = post.Field(CareSheetDecisionForm.CommentField);
        var errors = decision is null
            ? [new FieldError(CareSheetDecisionForm.DecisionField, CareSheetApprovalTexts.ChooseDecision)]
            : CareSheetService.CommentErrors(decision.Value, comment);
        if (errors.Count == 0)
        {
            var result = await service.DecideAsync(id, sheet.Version, caller.StaffId, decision!.Value, comment, client, "page", cancellationToken);
            switch (result.Kind)
            {
                case DecisionOutcomeKind.Recorded:
                    return page.SeeOther($"/care-sheets/to-approve?decided={CareSheetLabels.Code(decision.Value)}");
                case DecisionOutcomeKind.TooLate:
                    return Conflict(page, result.Sheet ?? sheet, shown);
                default:
                    errors = result.Errors;
                    break;
            }
        }

        var content = await store.GetContentAsync(id, sheet.Version, cancellationToken);
        if (content is null)
        {
            return page.NotFound();
        }

        var view = await reading.ViewAsync(page, sheet, content, FormState.FromPost(post.Form, errors), cancellationToken);
        return page.Render<CareSheetPage>(CareSheetReading.TitleOf(sheet), view, StatusCodes.Status400BadRequest);
    }

    /// <summary>409: someone else decided first, the employee withdrew, or a newer version came in since the page was opened.</summary>
    private ContentResult Conflict(PageRequest page, CareSheet sheet, int versionShown)
    {
        Text message;
        if (sheet.State == CareSheetState.Withdrawn)
        {
            message = CareSheetApprovalTexts.WithdrawnNoDecision;
        }
        else if (sheet.Version > versionShown)
        {
            message = CareSheetApprovalTexts.NewerVersion.With(sheet.Version);
        }
        else if (sheet is { DecidedByName: { } name, Decision: { } decision, DecidedAt: { } at })
        {
            message = CareSheetApprovalTexts.DecidedFirst.With(name, DisplayDates.Both(japanTime.ToLocal(at)), CareSheetLabels.Of(decision));
        }
        else
        {
            message = CareSheetApprovalTexts.NotDecidable;
        }

        return page.Render<CareSheetConflictPage>(CareSheetApprovalTexts.NotRecordedTitle, new CareSheetConflictView(sheet.Id, message),
            StatusCodes.Status409Conflict);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
