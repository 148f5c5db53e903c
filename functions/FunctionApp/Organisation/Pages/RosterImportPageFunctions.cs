using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Transformation.Organisation.Import;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Files;
using Transformation.Platform.Http;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Organisation.Pages;

/// <summary>
/// HR's page for the roster: what is current, and a form to upload the personnel system's export.
/// The same import as the API: whole or nothing, every error with its line.
/// </summary>
public sealed class RosterImportPageFunctions(
    RosterImporter importer, RosterDirectory directory, PageRequests pages, IOptions<OrganisationOptions> options)
{
    private const string Path = "/organisation/roster";

    [Function("RosterImportPage")]
    [QueryParameter("imported", "The snapshot just imported: who joined, left or moved is shown.")]
    [QueryParameter("previous", "The snapshot it replaced, to compare with.")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR page: the current roster and the upload form; after an import (?imported=, ?previous=) who joined, left or moved.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organisation/roster")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        RosterImported? imported = null;
        if (Id(request.Query["imported"]) is { } snapshotId)
        {
            try
            {
                imported = await ImportedAsync(snapshotId, Id(request.Query["previous"]), cancellationToken);
            }
            catch (RosterSnapshotNotFoundException)
            {
                return page.NotFound();
            }
        }

        return await PageAsync(page, new RosterImportPageView(page.Csrf, null, imported), StatusCodes.Status200OK, cancellationToken);
    }

    [Function("RosterImportPageSubmit")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [AcceptsUpload]
    [Description("HR page: upload the roster CSV (multipart field 'file', CSRF-checked); 303 to the page with what changed, "
        + "or a 400 page with every error and its line.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organisation/roster")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        var o = options.Value;
        var csv = await FileUpload.ReadAsync(request, o.MaxImportBytes, cancellationToken);
        if (csv is null || csv.Length == 0)
        {
            var noFile = new RosterImportPageView(page.Csrf, null, Problem: RosterImportTexts.NoFile);
            return await PageAsync(page, noFile, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var outcome = await importer.ImportAsync(csv, page.SignedIn.StaffId, cancellationToken);
        switch (outcome.Status)
        {
            case RosterImportStatus.Imported:
                // Post, redirect, get: the page works the changes out again from the two snapshots, so a reload imports nothing.
                var report = outcome.Report!;
                var previous = report.PreviousSnapshotId is { } id ? $"&previous={Uri.EscapeDataString(id)}" : string.Empty;
                return page.SeeOther($"{Path}?imported={Uri.EscapeDataString(report.SnapshotId)}{previous}");
            case RosterImportStatus.Conflict:
                var conflict = new RosterImportPageView(page.Csrf, null, Problem: RosterImportTexts.Conflict);
                return await PageAsync(page, conflict, StatusCodes.Status409Conflict, cancellationToken);
            default:
                var errors = new RosterImportPageView(page.Csrf, null, Errors: [.. outcome.Errors.Take(o.MaxReportedErrors)],
                    ErrorCount: outcome.Errors.Count);
                return await PageAsync(page, errors, StatusCodes.Status400BadRequest, cancellationToken);
        }
    }

    private async Task<IActionResult> PageAsync(PageRequest page, RosterImportPageView view, int status, CancellationToken cancellationToken)
    {
        RosterCurrent? current = null;
        if (await directory.CurrentSnapshotIdAsync(cancellationToken) is not null)
        {
            var index = await directory.GetIndexAsync(cancellationToken: cancellationToken);
            current = new RosterCurrent(index.Staff.Count, index.Bureaus.Count, index.Divisions.Count);
        }

        return page.Render<RosterImportPage>(RosterImportTexts.Title, view with { Current = current }, status);
    }

    private async Task<RosterImported> ImportedAsync(string snapshotId, string? previousId, CancellationToken cancellationToken)
    {
        var after = await directory.GetIndexAsync(snapshotId, cancellationToken);
        var before = previousId is null ? [] : (await directory.GetIndexAsync(previousId, cancellationToken)).Staff;
        return new RosterImported(after.Staff.Count, RosterDiff.Compare(before, after.Staff));
    }

    private static string? Id(StringValues query) => query.ToString() is { Length: > 0 } value && RouteIds.IsPlausible(value) ? value : null;
}
