using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Http;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.HrConsole;

/// <summary>HR's API over every sheet: the list with its filters and a sheet's audit trail (the same reads as HR's pages).</summary>
public sealed class CareSheetHrApiFunctions(CareSheetHrConsole console)
{
    [Function("CareSheetList")]
    [QueryParameter("state", "Only sheets in this state: pending, returned, approved, declined, withdrawn or ended.")]
    [QueryParameter("bureau", "Only sheets of this bureau (its code).")]
    [ProducesResponseType<List<CareSheetView>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: every sheet, optionally filtered by ?state= (pending, returned, approved, declined, withdrawn, ended) "
        + "and ?bureau= (bureau code).")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/care-sheets")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CareSheetFilter.Parse(request.Query["state"].ToString(), request.Query["bureau"].ToString(), out var error) is not { } filter)
        {
            return Problems.BadRequest(request.HttpContext, CareSheetHrTexts.UnknownState, [error!]);
        }

        var sheets = await console.ListAsync(filter, cancellationToken);
        return new JsonResult(sheets.Select(s => CareSheetView.Of(s)).ToList(), CareSheetJson.Options);
    }

    [Function("CareSheetAudit")]
    [ProducesResponseType<List<AuditEntry>>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: the audit trail of one sheet (every read of its content and every decision or change), oldest first.")]
    public async Task<IActionResult> Audit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/care-sheets/{id:length(32)}/audit")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var trail = await console.TrailAsync(id, cancellationToken);
        return trail is null
            ? Problems.NotFound(request.HttpContext, CareSheetService.NotFoundText)
            : new JsonResult(trail.Entries, CareSheetJson.Options);
    }
}
