using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.CareSheets.Model;
using Transformation.CareSheets.Storage;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Api;

/// <summary>The API for changing sheets: submit, revise, decide (signed in), withdraw.</summary>
public sealed class CareSheetCommandFunctions(CareSheetService service, CareSheetStore store)
{
    [Function("CareSheetSubmit")]
    [AcceptsJson(typeof(CareSheetContent))]
    [ProducesResponseType<CareSheetView>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Submits a childcare or caregiving sheet; its approval starts with the submitter's supervisor from the current roster. 201 with the sheet, 400 with field errors.")]
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

    [Function("CareSheetDecide")]
    [AcceptsJson(typeof(DecisionRequest))]
    [ProducesResponseType<CareSheetView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("A signed-in approver on the sheet's current route decides: { decision: approve | return | decline, comment, version }. "
        + "version (the version read) is required: 400 without it, 409 when it is not the current version or someone decided first.")]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/care-sheets/{id:length(32)}/decision")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var caller = Caller.Required(request);
        var sheet = await store.GetAsync(id, cancellationToken);
        if (sheet is null)
        {
            return Problems.NotFound(http, CareSheetService.NotFoundText);
        }

        if (!CareSheetAccess.MayDecide(caller, sheet))
        {
            return Problems.Forbidden(http, null);
        }

        var (body, refused) = await JsonBody.ReadAsync<DecisionRequest>(request, JsonSerializerOptions.Web, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var decision = CareSheetLabels.ParseDecision(body!.Decision);
        if (DecisionErrors(decision, body.Version) is { Count: > 0 } errors)
        {
            return Problems.BadRequest(http, new Text("判断と、判断する版を指定してください。", "Give the decision and the version you decide on."), errors);
        }

        // Without the version read, an approver could approve a revision they have never seen.
        if (body.Version != sheet.Version)
        {
            return Problems.Conflict(http, new Text($"第{body.Version}版は現在の版（第{sheet.Version}版）ではありません。シートを読み直してください。",
                $"Version {body.Version} is not the current version ({sheet.Version}). Read the sheet again."));
        }

        var result = await service.DecideAsync(id, sheet.Version, caller.StaffId, decision!.Value, body.Comment, client, "api", cancellationToken);
        return result.Kind switch
        {
            DecisionOutcomeKind.Invalid => Problems.BadRequest(http, new Text("入力内容に誤りがあります。", "Some fields are not valid."), result.Errors),
            DecisionOutcomeKind.TooLate => Problems.Conflict(http, TooLate(result.Sheet)),
            _ => new JsonResult(CareSheetView.Of(result.Sheet!), CareSheetJsonOptions),
        };
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

    private static List<FieldError> DecisionErrors(CareDecision? decision, int? version)
    {
        var errors = new List<FieldError>();
        if (decision is null)
        {
            errors.Add(new FieldError("decision",
                new Text("decision は approve・return・decline のいずれかです。", "decision must be approve, return or decline.")));
        }

        if (version is not >= 1)
        {
            errors.Add(new FieldError("version", new Text("version には判断する版の番号（シートを読んだときの version）を指定してください。",
                "version must be the number of the version you decide on (the version you read).")));
        }

        return errors;
    }

    public static JsonSerializerOptions CareSheetJsonOptions => CareSheetJson.Options;

    public static Text TooLate(CareSheet? sheet) => sheet switch
    {
        { State: CareSheetState.Withdrawn } => new("このシートは取り下げられました。", "This sheet was withdrawn."),
        { DecidedByName: { } name, Decision: { } d } => new($"このシートは既に{name}さんが判断済みです（{CareSheetLabels.Of(d).Ja}）。", $"{name} has already decided on this sheet ({CareSheetLabels.Of(d).En})."),
        _ => new("このシートは判断できる状態ではありません（新しい版があるか、判断済みです）。", "This sheet cannot be decided now (it has a newer version or was decided)."),
    };


    private static IActionResult Failure(HttpContext http, SubmissionOutcome outcome) =>
        outcome.Status == StatusCodes.Status400BadRequest
            ? Problems.BadRequest(http, outcome.Detail!, outcome.Errors)
            : Problems.Create(http, outcome.Status, new Text("提出できません", "Cannot submit"), outcome.Detail!);
}
