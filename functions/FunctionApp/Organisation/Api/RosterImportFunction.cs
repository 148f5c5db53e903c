using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Import;
using Transformation.Platform.Files;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.Organisation.Api;

/// <summary>HR uploads the personnel system's export; it replaces the roster whole or not at all.</summary>
public sealed class RosterImportFunction(RosterImporter importer, IOptions<OrganisationOptions> options)
{
    [Function("ImportRoster")]
    [ProducesResponseType<RosterImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [AcceptsUpload]
    [Description("Import the roster CSV (text/csv body, or multipart/form-data field 'file'; UTF-8 or Shift_JIS). "
        + "200 with joined/left/moved, 400 with every error and its line, 409 when another import won.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/organisation/roster")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var caller = Caller.Of(http);
        if (caller is null)
        {
            return Problems.Unauthorized(http);
        }

        var o = options.Value;
        byte[]? csv;
        try
        {
            csv = await FileUpload.ReadAsync(request, o.MaxImportBytes, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent without a length, past the server's cap (the gate refuses a declared one before this).
            return Problems.TooLarge(http, o.MaxImportBytes);
        }

        if (csv is null)
        {
            return Problems.BadRequest(http,
                new Text("ファイルが送られていません。", "No file was sent."),
                [new FieldError(FileUpload.FileField,
                    new Text("フォームの「file」欄に CSV を添付してください。", "Attach the CSV in the form field \"file\"."))]);
        }

        var outcome = await importer.ImportAsync(csv, caller.StaffId, cancellationToken);
        return outcome.Status switch
        {
            RosterImportStatus.Imported => new JsonResult(outcome.Report),
            RosterImportStatus.Conflict => Problems.Conflict(http, new Text(
                "同時に別の名簿が取り込まれたため、この取り込みは反映されませんでした。現在の名簿を確認してから、もう一度取り込んでください。",
                "Another roster was imported at the same time, so this import was not applied. Check the current roster and import again.")),
            _ => Invalid(http, outcome.Errors, o.MaxReportedErrors),
        };
    }

    private static IActionResult Invalid(HttpContext http, IReadOnlyList<FieldError> errors, int maxReported)
    {
        var shown = errors.Take(maxReported).ToList();
        var detail = shown.Count == errors.Count
            ? new Text($"名簿ファイルに {errors.Count} 件の誤りがあります。何も取り込んでいません。", $"The roster file has {errors.Count} errors. Nothing was imported.")
            : new Text($"名簿ファイルに {errors.Count} 件の誤りがあります（最初の {shown.Count} 件を表示）。何も取り込んでいません。",
                $"The roster file has {errors.Count} errors (the first {shown.Count} are listed). Nothing was imported.");
        return Problems.BadRequest(http, detail, shown);
    }
}
