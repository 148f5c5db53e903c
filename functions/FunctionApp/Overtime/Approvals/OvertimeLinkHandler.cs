using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Overtime.Decisions;
using Transformation.Overtime.Requests;
using Transformation.Platform.Links;
using Transformation.Platform.Pages;

namespace Transformation.Overtime.Approvals;

/// <summary>
/// The approval link's side of GET/POST /links. Showing is here; deciding happens at POST /links/overtime
/// (<see cref="OvertimeLinkDecisionFunction"/>), because raising the decision to the request's workflow needs the durable
/// client, which only a function's binding supplies. Both take the token from the link cookie.
/// </summary>
public sealed class OvertimeLinkHandler(
    OvertimeStore store, OvertimeAudit audit, OvertimeDecisionPages decisionPages, LinkRefusalPages refusals, PageRequests requests)
    : IActionLinkHandler
{
    public string Purpose => OvertimeLinks.Purpose;

    public async Task<int> CurrentVersionAsync(string resourceId, CancellationToken cancellationToken) =>
        OvertimeLinks.Parse(resourceId) is { } key
            ? (await store.GetDayAsync(key.StaffId, key.Day, cancellationToken))?.Value.Version ?? 0
            : 0;

    public async Task<IActionResult> ShowAsync(LinkContext link, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(request);
        var aborted = request.HttpContext.RequestAborted;
        var key = OvertimeLinks.Parse(link.Link.ResourceId);
        var day = key is { } k ? (await store.GetDayAsync(k.StaffId, k.Day, aborted))?.Value : null;
        if (day is null)
        {
            return refusals.Page(request, LinkResult.Refused(LinkRefusal.Unknown, link.Link), link.Language);
        }

        // The page speaks the language the link was issued in (or the one the reader switched to), not the browser's.
        var page = await requests.OpenAsync(request, aborted) with { Language = link.Language };
        if (day.State != OvertimeState.Pending)
        {
            return await decisionPages.RefusedAsync(page, OvertimeRefusal.NotPending, day, "", aborted);
        }

        if (day.ApproverId != link.Link.SubjectId)
        {
            // The request went to another supervisor since: this link decides nothing.
            return refusals.Page(request, LinkResult.Refused(LinkRefusal.Revoked, link.Link), link.Language);
        }

        await audit.WriteAsync(day.StaffId, link.Link.SubjectId, OvertimeAudit.LinkOpened, OvertimeApprovalPageFunctions.What(day.Day), "link",
            aborted);
        return await decisionPages.DecideAsync(page, day, FormState.Empty, OvertimeLinkDecisionFunction.Path, LinkTokens.PageId(link.Token),
            StatusCodes.Status200OK, aborted);
    }

    /// <summary>A post to the generic link address goes on to the overtime decision route, method and body kept (307).</summary>
    public Task<IActionResult> SubmitAsync(LinkContext link, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(request);
        var target = request.PathBase.Add(OvertimeLinkDecisionFunction.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        return Task.FromResult<IActionResult>(new RedirectResult(target, permanent: false, preserveMethod: true));
    }
}
