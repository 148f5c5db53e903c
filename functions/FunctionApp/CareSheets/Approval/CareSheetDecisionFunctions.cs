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

namespace Transformation.CareSheets.Approval;

/// <summary>The API for a signed-in approver's decision (the same service call as the pages and the approval links).</summary>
public sealed class CareSheetDecisionFunctions(CareSheetService service, CareSheetStore store)
{
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
            _ => new JsonResult(CareSheetView.Of(result.Sheet!), CareSheetJson.Options),
        };
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

    public static Text TooLate(CareSheet? sheet) => sheet switch
    {
        { State: CareSheetState.Withdrawn } => new("このシートは取り下げられました。", "This sheet was withdrawn."),
        { DecidedByName: { } name, Decision: { } d } => new(
            $"このシートは既に{name}さんが判断済みです（{CareSheetLabels.Of(d).Ja}）。", $"{name} has already decided on this sheet ({CareSheetLabels.Of(d).En})."),
        _ => new("このシートは判断できる状態ではありません（新しい版があるか、判断済みです）。", "This sheet cannot be decided now (it has a newer version or was decided)."),
    };
}
