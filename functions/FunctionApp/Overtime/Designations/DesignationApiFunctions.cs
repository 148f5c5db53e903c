using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Overtime.Caps;
using Transformation.Platform.Files;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.Overtime.Designations;

/// <summary>HR keeps which divisions are held to the higher overtime caps, by division and date, one at a time or by file.</summary>
public sealed class DesignationApiFunctions(DesignationRegistry registry)
{
    private static readonly Text NoRoster = DesignationTexts.NoRoster;

    [Function("OvertimeDesignationList")]
    [ProducesResponseType<DesignationBoardView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: every division of the current roster with its overtime-cap designation today and its dated changes; 404 before any roster.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/overtime/designations")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await registry.BoardAsync(cancellationToken) is { } board
            ? new JsonResult(DesignationBoardView.Of(board), ApiJson.Options)
            : Problems.NotFound(request.HttpContext, NoRoster);
    }

    [Function("OvertimeDesignationSet")]
    [AcceptsJson(typeof(DesignationRequest))]
    [ProducesResponseType<DivisionDesignationView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: from the date in the address (yyyy-MM-dd, 2019-04-01 to five years ahead) the division is { designation: ordinary | "
        + "other-directed } until its next change; setting the same date again replaces it. 400 with every reason.")]
    public async Task<IActionResult> Set(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/overtime/designations/{divisionCode}/{effectiveFrom}")] HttpRequest request,
        string divisionCode,
        string effectiveFrom,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<DesignationRequest>(request, ApiJson.Options, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var outcome = await registry.SetAsync(divisionCode, effectiveFrom, body!.Designation, Caller.Required(request).StaffId, cancellationToken);
        if (!outcome.Done)
        {
            return Problems.BadRequest(
                request.HttpContext, new Text("区分を設定できません。", "The designation cannot be set."), outcome.Errors);
        }

        return await DivisionAsync(request, divisionCode, cancellationToken);
    }

    [Function("OvertimeDesignationRemove")]
    [ProducesResponseType<DivisionDesignationView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: removes the division's change on that date (the one before it holds again) and answers the division; "
        + "404 when there is none.")]
    public async Task<IActionResult> Remove(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/overtime/designations/{divisionCode}/{effectiveFrom}")]
        HttpRequest request,
        string divisionCode,
        string effectiveFrom,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await registry.RemoveAsync(divisionCode, effectiveFrom, cancellationToken)
            ? await DivisionAsync(request, divisionCode, cancellationToken)
            : Problems.NotFound(request.HttpContext, DesignationTexts.NotFound);
    }

    [Function("OvertimeDesignationImport")]
    [ProducesResponseType<DesignationImportView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [AcceptsUpload]
    [Description("HR: sets designations from a CSV (text/csv body, or multipart field 'file'; UTF-8 or Shift_JIS) with the columns "
        + "division_code, effective_from, designation (or 課室コード, 適用開始日, 指定). All rows or none: 400 with every error and its line.")]
    public async Task<IActionResult> Import(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/overtime/designations/import")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        byte[]? csv;
        try
        {
            csv = await FileUpload.ReadAsync(request, DesignationRegistry.MaxBytes, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge(http, DesignationRegistry.MaxBytes);
        }

        if (csv is null || csv.Length == 0)
        {
            return Problems.BadRequest(http, DesignationTexts.NoFile, [new FieldError(DesignationTexts.FileField, DesignationTexts.NoFile)]);
        }

        if (csv.Length > DesignationRegistry.MaxBytes)
        {
            return Problems.TooLarge(http, DesignationRegistry.MaxBytes);
        }

        var outcome = await registry.ImportAsync(csv, Caller.Required(request).StaffId, cancellationToken);
        return outcome.Done
            ? new JsonResult(new DesignationImportView(outcome.Written), ApiJson.Options)
            : Problems.BadRequest(http, DesignationTexts.NothingImported, outcome.Errors);
    }

    private async Task<IActionResult> DivisionAsync(HttpRequest request, string divisionCode, CancellationToken cancellationToken) =>
        (await registry.BoardAsync(cancellationToken))?.Divisions.FirstOrDefault(d => d.Division.Code == divisionCode) is { } division
            ? new JsonResult(DivisionDesignationView.Of(division), ApiJson.Options)
            : Problems.NotFound(request.HttpContext, DesignationTexts.NotFound);
}
