using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Files;
using Transformation.Platform.Http;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Overtime.Designations;

/// <summary>HR's page for the division designations: the board, a form for one change, a file for many, and removal of a change.</summary>
public sealed class DesignationsPageFunctions(DesignationRegistry registry, PageRequests pages)
{
    private const string Path = "/overtime/designations";

    [Function("OvertimeDesignationsPage")]
    [QueryParameter("done", "What was just done (set, removed or imported), shown as a notice.")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: every division's overtime-cap designation today and its dated changes, with forms to set, remove and import.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "overtime/designations")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var notice = request.Query["done"].ToString() switch
        {
            "set" => DesignationTexts.SetDone,
            "removed" => DesignationTexts.Removed,
            "imported" => DesignationTexts.Imported,
            _ => null,
        };
        var form = FormState.Of(new Dictionary<string, string?> { ["effectiveFrom"] = DesignationNames.Date(registry.Today) });
        return await PageAsync(page, form, StatusCodes.Status200OK, cancellationToken, notice);
    }

    [Function("OvertimeDesignationsSetPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: sets one division's designation from a date (CSRF-checked); a 400 page with the reasons, the form kept.")]
    public async Task<IActionResult> Set(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "overtime/designations")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var outcome = await registry.SetAsync(post.Field("divisionCode"), post.Field("effectiveFrom"), post.Field("kind"),
            post.Page.SignedIn.StaffId, cancellationToken);
        return outcome.Done
            ? post.Page.SeeOther($"{Path}?done=set")
            : await PageAsync(post.Page, FormState.FromPost(post.Form, outcome.Errors), StatusCodes.Status400BadRequest, cancellationToken);
    }

    [Function("OvertimeDesignationsRemovePage")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: removes one dated change of a division (CSRF-checked); a 404 page when there is none.")]
    public async Task<IActionResult> Remove(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "overtime/designations/remove")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var division = post.Field("divisionCode");
        return RouteIds.IsPlausible(division) && await registry.RemoveAsync(division, post.Field("effectiveFrom"), cancellationToken)
            ? post.Page.SeeOther($"{Path}?done=removed")
            : await PageAsync(post.Page, FormState.Empty, StatusCodes.Status404NotFound, cancellationToken, problem: DesignationTexts.NotFound);
    }

    [Function("OvertimeDesignationsImportPage")]
    [AcceptsUpload]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: sets designations from a CSV (multipart field 'file', CSRF-checked); all rows or none, "
        + "a 400 page with every error and its line.")]
    public async Task<IActionResult> Import(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "overtime/designations/import")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var csv = await FileUpload.ReadAsync(request, DesignationRegistry.MaxBytes, cancellationToken);
        if (csv is null || csv.Length == 0)
        {
            return await PageAsync(post.Page, FormState.Empty, StatusCodes.Status400BadRequest, cancellationToken, problem: DesignationTexts.NoFile);
        }

        var outcome = await registry.ImportAsync(csv, post.Page.SignedIn.StaffId, cancellationToken);
        return outcome.Done
            ? post.Page.SeeOther($"{Path}?done=imported")
            : await PageAsync(post.Page, FormState.Empty, StatusCodes.Status400BadRequest, cancellationToken, fileErrors: outcome.Errors);
    }

    private async Task<IActionResult> PageAsync(PageRequest page, FormState form, int status, CancellationToken cancellationToken,
        Platform.Localization.Text? notice = null, Platform.Localization.Text? problem = null, IReadOnlyList<FieldError>? fileErrors = null)
    {
        var board = await registry.BoardAsync(cancellationToken);
        var view = new DesignationsPageView(page.Csrf, board, form, notice, problem, fileErrors);
        return page.Render<DesignationsPage>(DesignationTexts.Title, view, status);
    }
}
