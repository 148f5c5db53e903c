using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Links;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Approval;

/// <summary>
/// The approval link's side of GET/POST /links. Showing is here; deciding happens at POST /links/care-sheet
/// (<see cref="CareSheetLinkDecisionFunction"/>), because raising the decision to the orchestration needs the
/// durable client, which only a function's binding supplies. Both take the token from the link cookie.
/// </summary>
public sealed class CareSheetLinkHandler(
    CareSheetStore store, CareSheetAudit audit, CareSheetLinkPages pages, LinkRefusalPages refusals, PageRequests requests) : IActionLinkHandler
{
    public string Purpose => CareSheetLinks.Purpose;

    public async Task<int> CurrentVersionAsync(string resourceId, CancellationToken cancellationToken) =>
        (await store.GetAsync(SheetIdOf(resourceId), cancellationToken))?.Version ?? 0;

    public async Task<IActionResult> ShowAsync(LinkContext link, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(request);
        var sheetId = SheetIdOf(link.Link.ResourceId);
        var sheet = await store.GetAsync(sheetId, request.HttpContext.RequestAborted);
        var content = sheet is null ? null : await store.GetContentAsync(sheetId, link.Link.ResourceVersion, request.HttpContext.RequestAborted);
        if (sheet is null || content is null)
        {
            return refusals.Page(request, LinkResult.Refused(LinkRefusal.Unknown, link.Link), link.Language);
        }

        // The page speaks the language the link was issued in (or the one the reader switched to), not the browser's.
        var page = await requests.OpenAsync(request, request.HttpContext.RequestAborted) with { Language = link.Language };
        if (sheet.State != CareSheetState.Pending)
        {
            return pages.AlreadyDecided(page, sheet);
        }

        if (!sheet.Approvers.Contains(link.Link.SubjectId))
        {
            // HR gave the decision to someone else: this approver's links no longer decide anything.
            return refusals.Page(request, LinkResult.Refused(LinkRefusal.Revoked, link.Link), link.Language);
        }

        var aborted = request.HttpContext.RequestAborted;
        await audit.WriteAsync(sheetId, link.Link.SubjectId, AuditActions.LinkOpened, link.Link.ResourceVersion, "link", cancellationToken: aborted);
        return CareSheetLinkPages.Decide(page, link.Token, sheet, content, FormState.Empty);
    }

    /// <summary>A post to the generic link address goes on to the sheet's decision route, method and body kept (307).</summary>
    public Task<IActionResult> SubmitAsync(LinkContext link, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(request);
        var target = request.PathBase.Add(CareSheetLinkDecisionFunction.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        return Task.FromResult<IActionResult>(new RedirectResult(target, permanent: false, preserveMethod: true));
    }

    public static string SheetIdOf(string resourceId) =>
        resourceId is not null && resourceId.StartsWith(CareSheet.LinkResourcePrefix, StringComparison.Ordinal)
            ? resourceId[CareSheet.LinkResourcePrefix.Length..]
            : resourceId ?? "";
}
