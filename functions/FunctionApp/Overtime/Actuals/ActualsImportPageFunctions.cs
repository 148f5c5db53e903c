using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Files;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Overtime.Actuals;

/// <summary>HR's page for importing the attendance system's overtime actuals.</summary>
public sealed class ActualsImportPageFunctions(ActualsImport import, PageRequests pages)
{
    private const string Path = "/overtime/actuals/import";

    [Function("OvertimeActualsImportPage")]
    [QueryParameter("rows", "The rows of the file just imported, shown as a notice.")]
    [QueryParameter("changed", "The person-days the import just changed, shown as a notice.")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: the form to import overtime actuals from the attendance system's CSV.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime/actuals/import")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = await pages.OpenAsync(request, cancellationToken);
        var notice = Count(request.Query["rows"]) is { } rows && Count(request.Query["changed"]) is { } changed
            ? ActualsTexts.Imported.With(rows, changed)
            : null;
        return page.Render<ActualsImportPage>(ActualsTexts.Title, new ActualsImportPageView(page.Csrf, notice));
    }

    [Function("OvertimeActualsImportPost")]
    [AcceptsUpload]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: imports overtime actuals from a CSV (multipart field 'file', CSRF-checked); all rows or none, "
        + "a 400 page with every error and its line.")]
    public async Task<IActionResult> Import(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "overtime/actuals/import")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        var csv = await FileUpload.ReadAsync(request, ActualsImport.MaxBytes, cancellationToken);
        if (csv is null || csv.Length == 0)
        {
            return Refused(page, problem: ActualsTexts.NoFile);
        }

        var outcome = await import.ImportAsync(client, csv, cancellationToken);
        return outcome.Done
            ? page.SeeOther(string.Create(CultureInfo.InvariantCulture, $"{Path}?rows={outcome.Rows}&changed={outcome.DaysChanged}"))
            : Refused(page, fileErrors: outcome.Errors);
    }

    private static ContentResult Refused(PageRequest page, Text? problem = null, IReadOnlyList<FieldError>? fileErrors = null) =>
        page.Render<ActualsImportPage>(ActualsTexts.Title, new ActualsImportPageView(page.Csrf, null, problem, fileErrors),
            StatusCodes.Status400BadRequest);

    private static int? Count(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= ActualsImport.MaxRows ? n : null;
}
