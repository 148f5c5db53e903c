using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Sheets;

/// <summary>
/// The page of one sheet for a signed-in reader: the same readers and the same audit as the API. An approver whose
/// decision is awaited finds the decision form on it.
/// </summary>
public sealed class CareSheetReadPageFunctions(CareSheetStore store, CareSheetAudit audit, CareSheetReading reading, PageRequests pages)
{
    [Function("CareSheetPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: one sheet with its content and history, for its owner, the approvers on its route and HR (403 page for others; "
        + "every read audited); an approver whose decision is awaited gets the decision form.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets/{id:length(32)}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var caller = page.SignedIn;
        var sheet = await store.GetAsync(id, cancellationToken);
        if (CareSheetReading.Refusal(page, sheet) is { } refused)
        {
            if (sheet is not null)
            {
                await audit.WriteAsync(id, caller.StaffId, AuditActions.ReadRefused, sheet.Version, "page", cancellationToken: cancellationToken);
            }

            return refused;
        }

        var content = await store.GetContentAsync(id, sheet!.Version, cancellationToken);
        if (content is null)
        {
            return page.NotFound();
        }

        await audit.WriteAsync(id, caller.StaffId, AuditActions.Read, sheet.Version, "page", cancellationToken: cancellationToken);
        var view = await reading.ViewAsync(page, sheet, content, FormState.Empty, cancellationToken);
        return page.Render<CareSheetPage>(CareSheetReading.TitleOf(sheet), view);
    }
}
