using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Files;
using Transformation.Platform.Http;
using Transformation.Platform.Security;

namespace Transformation.Overtime.Actuals;

/// <summary>HR imports the month's overtime actuals from the attendance system (電子出勤簿).</summary>
public sealed class ActualsApiFunctions(ActualsImport import)
{
    [Function("OvertimeActualsImport")]
    [ProducesResponseType<ActualsImportView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [AcceptsUpload]
    [Description("HR: records overtime actuals from the attendance system's CSV (text/csv body, or multipart field 'file'; UTF-8 or "
        + "Shift_JIS) with the columns staff_id, date, actual_hours (or 職員番号, 日付, 超過勤務時間; hours as 2.5 or 2:30). Each row "
        + "replaces that person's actual of that day; a day without a request is recorded as unrequested. Staff must be in the "
        + "current roster. All rows or none: 400 with every error and its line. Importing the same file again changes nothing.")]
    public async Task<IActionResult> Import(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/overtime/actuals/import")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        byte[]? csv;
        try
        {
            csv = await FileUpload.ReadAsync(request, ActualsImport.MaxBytes, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge(http, ActualsImport.MaxBytes);
        }

        if (csv is null || csv.Length == 0)
        {
            return Problems.BadRequest(http, ActualsTexts.NoFile, [new FieldError(ActualsTexts.FileField, ActualsTexts.NoFile)]);
        }

        if (csv.Length > ActualsImport.MaxBytes)
        {
            return Problems.TooLarge(http, ActualsImport.MaxBytes);
        }

        var outcome = await import.ImportAsync(client, csv, cancellationToken);
        return outcome.Done
            ? new JsonResult(new ActualsImportView(outcome.Rows, outcome.DaysChanged), ApiJson.Options)
            : Problems.BadRequest(http, ActualsTexts.NothingImported, outcome.Errors);
    }
}

/// <summary>What an import did: the rows read and the person-days it changed (0 when the same file was imported before).</summary>
public sealed record ActualsImportView(int Rows, int DaysChanged);
