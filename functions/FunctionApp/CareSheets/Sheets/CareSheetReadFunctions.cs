using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Sheets;

/// <summary>
/// Reading sheets. Lists show only the head of each sheet (kind, state, period, people), never its
/// content; reading one sheet shows its content and is written to the audit trail. HR's list of every sheet is
/// <see cref="HrConsole.CareSheetHrApiFunctions"/>.
/// </summary>
public sealed class CareSheetReadFunctions(CareSheetStore store, CareSheetAudit audit)
{
    [Function("CareSheetGet")]
    [QueryParameter("version", "The version to read, 1 to the current one (default the current).", IsInteger = true)]
    [ProducesResponseType<CareSheetView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("One sheet with its content (current version, or ?version=): for its owner, the approvers on its route and HR; "
        + "403 for anyone else. Audited.")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/care-sheets/{id:length(32)}")] HttpRequest request,
        string id,
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

        if (!CareSheetAccess.MayRead(caller, sheet))
        {
            await audit.WriteAsync(id, caller.StaffId, AuditActions.ReadRefused, sheet.Version, "api", cancellationToken: cancellationToken);
            return Problems.Forbidden(http, null);
        }

        var version = sheet.Version;
        if (request.Query.TryGetValue("version", out var asked) && (!int.TryParse(asked, out version) || version < 1 || version > sheet.Version))
        {
            return Problems.BadRequest(http, new Text("版の指定が正しくありません。", "No such version."),
                [new FieldError("version", new Text($"1から{sheet.Version}までの版を指定してください。", $"Give a version from 1 to {sheet.Version}."))]);
        }

        var content = await store.GetContentAsync(id, version, cancellationToken);
        await audit.WriteAsync(id, caller.StaffId, AuditActions.Read, version, "api", cancellationToken: cancellationToken);
        return new JsonResult(CareSheetView.Of(sheet, content), CareSheetJson.Options);
    }

    [Function("CareSheetMine")]
    [ProducesResponseType<List<CareSheetView>>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("The caller's own sheets and their states, newest first.")]
    public async Task<IActionResult> Mine(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/care-sheets/mine")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sheets = await store.ListAsync(ownerId: Caller.Required(request).StaffId, cancellationToken: cancellationToken);
        return new JsonResult(sheets.Select(s => CareSheetView.Of(s)).ToList(), CareSheetJson.Options);
    }

    [Function("CareSheetToApprove")]
    [ProducesResponseType<List<CareSheetView>>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Sheets awaiting the caller's decision (they are on the current route of a pending version).")]
    public async Task<IActionResult> ToApprove(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/care-sheets/to-approve")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var sheets = await store.ListAsync(state: CareSheetState.Pending, cancellationToken: cancellationToken);
        return new JsonResult(
            sheets.Where(s => CareSheetAccess.MayDecide(caller, s)).Select(s => CareSheetView.Of(s)).ToList(), CareSheetJson.Options);
    }
}
