using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Transformation.Overtime.Decisions;
using Transformation.Overtime.Requests;
using Transformation.Platform.Links;
using Transformation.Platform.Pages;

namespace Transformation.Overtime.Approvals;

/// <summary>
/// The decision posted from an overtime approval link. Anonymous: the token, in the link cookie, is the credential. The
/// same checks as the generic link route (anti-forgery, the form's link, link usable, purpose, version, approver), then the
/// decision through the service (which refuses a day no longer pending, so of two posts of one link the first wins), and only
/// then is the link used up, without listening to the request's cancellation: a client gone in between cannot burn the link
/// with no decision recorded.
/// </summary>
public sealed class OvertimeLinkDecisionFunction(
    ActionLinks links,
    OvertimeStore store,
    OvertimeRequests requests,
    OvertimeAudit audit,
    OvertimeDecisionPages decisionPages,
    LinkRefusalPages refusals,
    PageRequests pages,
    IOptions<OvertimeOptions> options)
{
    /// <summary>Under the link cookie's path, so the cookie comes with the post.</summary>
    public const string Path = ActionLinkFunctions.PagePath + "/overtime";

    [Function("OvertimeLinkDecision")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [AllowAnonymous]
    [Description("Decision from an overtime approval link, its token in the link cookie (anti-forgery checked; 409 when another link "
        + "was opened since the form was shown, or the request was decided): approve or decline a request, once.")]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "links/overtime")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TokenPages.NoStore(request);
        if (ActionLinkFunctions.Cookie.Read(request) is not { } token)
        {
            return TokenPages.Missing(request, LinkLanguage.Of(request, null));
        }

        var inspected = await links.InspectAsync(token, cancellationToken);
        var language = LinkLanguage.Of(request, inspected.Link);
        var (post, forged) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return forged!;
        }

        // The link's language (or the one the reader switched to), not the browser's.
        var page = post.Page with { Language = language };
        if (!TokenCookie.IsSamePage(post.Form, token))
        {
            return TokenPages.OtherLink(request, language);
        }

        if (!inspected.IsOk)
        {
            return refusals.Page(request, inspected, language);
        }

        var link = inspected.Link!;
        var key = link.Purpose == OvertimeLinks.Purpose ? OvertimeLinks.Parse(link.ResourceId) : null;
        var day = key is { } k ? (await store.GetDayAsync(k.StaffId, k.Day, cancellationToken))?.Value : null;
        if (day is null)
        {
            return refusals.Page(request, LinkResult.Refused(LinkRefusal.Unknown, link), language);
        }

        if (day.Version > link.ResourceVersion)
        {
            return refusals.Page(request, LinkResult.Refused(LinkRefusal.Superseded, link), language);
        }

        if (day.ApproverId != link.SubjectId)
        {
            return refusals.Page(request, LinkResult.Refused(LinkRefusal.Revoked, link), language);
        }

        // The approver acts, so the approver has read the request: written here, not when the link was opened (a mail
        // scanner's prefetch opens it too, but cannot post the form with its anti-forgery pair).
        var what = OvertimeApprovalPageFunctions.What(day.Day);
        await audit.WriteAsync(day.StaffId, link.SubjectId, OvertimeAudit.Read, what, "link", cancellationToken);
        var input = OvertimeDecisionPages.Input(post, link.ResourceVersion);
        var outcome = await requests.DecideAsync(day.StaffId, day.Day, link.SubjectId, input, cancellationToken);
        if (outcome.Errors.Count > 0 && outcome.Day is { } shown)
        {
            return await decisionPages.DecideAsync(page, shown, FormState.FromPost(post.Form, outcome.Errors), Path,
                LinkTokens.PageId(token), StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (!outcome.Ok)
        {
            return await decisionPages.RefusedAsync(page, outcome.Refusal, outcome.Day ?? day, options.Value.RegularHoursEnd,
                cancellationToken);
        }

        var decided = outcome.Day!;
        var code = OvertimeApprovalPageFunctions.Code(decided.State);
        await audit.WriteAsync(day.StaffId, link.SubjectId, OvertimeAudit.Decided, what + " " + code, "link", CancellationToken.None);
        ActionLinkFunctions.Cookie.Clear(request.HttpContext);

        // Whatever the redemption answers, the decision stands (it was recorded first), and the link of a decided request
        // says so: a refused or failed redemption changes nothing the approver needs to know.
        try
        {
            await links.RedeemAsync(token, OvertimeLinks.Purpose, decided.Version, link.SubjectId, code, CancellationToken.None);
        }
        catch (Azure.RequestFailedException)
        {
            // Storage refused the used-mark: the day's state already refuses the link.
        }

        await OvertimeSignal.RaiseDecidedAsync(client, decided, CancellationToken.None);
        return await decisionPages.RecordedAsync(page, decided, CancellationToken.None);
    }
}
