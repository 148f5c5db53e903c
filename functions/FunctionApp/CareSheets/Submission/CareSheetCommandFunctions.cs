using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Submission;

/// <summary>
/// The employee's API for their sheets: submit, revise, withdraw. The approver's decision is
/// <see cref="Approval.CareSheetDecisionFunctions"/>.
/// </summary>
public sealed class CareSheetCommandFunctions(CareSheetService service, CareSheetStore store)
{
    [Function("CareSheetSubmit")]
    [AcceptsJson(typeof(CareSheetContent))]
    [ProducesResponseType<CareSheetView>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Submits a childcare or caregiving sheet; its approval starts with the submitter's supervisor from the current roster. "
        + "201 with the sheet, 400 with field errors.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/care-sheets")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var (input, refused) = await CareSheetJsonInput.ReadAsync(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var outcome = await service.SubmitAsync(caller, input!, client, "api", cancellationToken);
        return outcome.Succeeded
            ? new JsonResult(CareSheetView.Of(outcome.Sheet!), CareSheetJsonOptions) { StatusCode = StatusCodes.Status201Created }
            : Failure(request.HttpContext, outcome);
    }

    [Function("CareSheetRevise")]
    [AcceptsJson(typeof(CareSheetContent))]
    [ProducesResponseType<CareSheetView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("The owner's new version of a pending or returned sheet: a new approval starts and links to earlier versions stop working.")]
    public async Task<IActionResult> Revise(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/care-sheets/{id:length(32)}")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var (input, refused) = await CareSheetJsonInput.ReadAsync(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var outcome = await service.ReviseAsync(caller, id, input!, client, "api", cancellationToken);
        return outcome.Succeeded ? new JsonResult(CareSheetView.Of(outcome.Sheet!), CareSheetJsonOptions) : Failure(request.HttpContext, outcome);
    }

    [Function("CareSheetWithdraw")]
    [ProducesResponseType<CareSheetView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("The owner withdraws their sheet at any time before it ends: pending approval stops and every link to it stops working.")]
    public async Task<IActionResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/care-sheets/{id:length(32)}/withdraw")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var caller = Caller.Required(request);
        var sheet = await store.GetAsync(id, cancellationToken);
        if (sheet is null || !CareSheetAccess.MayRead(caller, sheet))
        {
            return Problems.NotFound(http, CareSheetService.NotFoundText);
        }

        if (!CareSheetAccess.IsOwner(caller, sheet))
        {
            return Problems.Forbidden(http, null);
        }

        var change = await service.WithdrawAsync(caller, id, client, "api", cancellationToken);
        return change.Done
            ? new JsonResult(CareSheetView.Of(change.After!), CareSheetJsonOptions)
            : Problems.Conflict(http, new Text("このシートは取り下げられない状態です。", "This sheet can no longer be withdrawn."));
    }

    public static JsonSerializerOptions CareSheetJsonOptions => CareSheetJson.Options;

    private static IActionResult Failure(HttpContext http, SubmissionOutcome outcome) =>
        outcome.Status == StatusCodes.Status400BadRequest
            ? Problems.BadRequest(http, outcome.Detail!, outcome.Errors)
            : Problems.Create(http, outcome.Status, new Text("提出できません", "Cannot submit"), outcome.Detail!);
}
