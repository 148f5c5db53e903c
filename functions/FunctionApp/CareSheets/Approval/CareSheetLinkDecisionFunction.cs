using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Approval;

/// <summary>
/// The decision posted from an approval link. Anonymous: the token, in the link cookie, is the credential. The
/// same checks as the generic link route (anti-forgery, the form's link, link usable, purpose, version), then the
/// form, then the decision is claimed on the sheet (ETag-guarded: of two approvers, or two posts of one link, the
/// first claim wins) and only then is the link used up, without listening to the request's cancellation: a client
/// gone in between cannot burn the link with no decision recorded.
/// </summary>
public sealed class CareSheetLinkDecisionFunction(
    ActionLinks links,
    CareSheetStore store,
    CareSheetAudit audit,
    CareSheetService service,
    CareSheetLinkPages linkPages,
    LinkRefusalPages refusals,
    PageRequests pages)
{
    /// <summary>Under the link cookie's path, so the cookie comes with the post.</summary>
    public const string Path = ActionLinkFunctions.PagePath + "/care-sheet";

    [Function("CareSheetLinkDecision")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [AllowAnonymous]
    [Description("Decision from an approval link, its token in the link cookie (anti-forgery checked; 409 when another link was "
        + "opened since the form was shown): approve, return or decline a sheet version, once.")]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "links/care-sheet")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
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
        var form = post.Form;
        if (!TokenCookie.IsSamePage(form, token))
        {
            return TokenPages.OtherLink(request, language);
        }

        if (!inspected.IsOk)
        {
            return refusals.Page(request, inspected, language);
        }

        var link = inspected.Link!;
        var sheetId = CareSheetLinkHandler.SheetIdOf(link.ResourceId);
        var sheet = link.Purpose == CareSheetLinks.Purpose ? await store.GetAsync(sheetId, cancellationToken) : null;
        if (sheet is null)
        {
            return refusals.Page(request, LinkResult.Refused(LinkRefusal.Unknown, link), language);
        }

        if (sheet.Version > link.ResourceVersion)
        {
            return refusals.Page(request, LinkResult.Refused(LinkRefusal.Superseded, link), language);
        }

        if (sheet.State != CareSheetState.Pending)
        {
            return linkPages.AlreadyDecided(page, sheet);
        }

        if (!sheet.Approvers.Contains(link.SubjectId))
        {
            return refusals.Page(request, LinkResult.Refused(LinkRefusal.Revoked, link), language);
        }

        // The approver acts, so the approver has read this version: written here, not when the link was opened (a
        // mail scanner's prefetch opens it too, but cannot post the form with its anti-forgery pair).
        await audit.WriteAsync(sheetId, link.SubjectId, AuditActions.Read, link.ResourceVersion, "link", cancellationToken: cancellationToken);
        var decision = CareSheetLabels.ParseDecision(post.Field(CareSheetDecisionForm.DecisionField));
        var comment = post.Field(CareSheetDecisionForm.CommentField);
        var errors = decision is null
            ? [new FieldError(CareSheetDecisionForm.DecisionField, CareSheetApprovalTexts.ChooseDecision)]
            : CareSheetService.CommentErrors(decision.Value, comment);
        if (errors.Count > 0)
        {
            var content = await store.GetContentAsync(sheetId, link.ResourceVersion, cancellationToken);
            return CareSheetLinkPages.Decide(page, token, sheet, content!, FormState.FromPost(form, errors), StatusCodes.Status400BadRequest);
        }

        var result = await service.DecideAsync(sheetId, link.ResourceVersion, link.SubjectId, decision!.Value, comment, client, "link",
            cancellationToken);
        if (result.Kind != DecisionOutcomeKind.Recorded)
        {
            return linkPages.AlreadyDecided(page, result.Sheet ?? sheet);
        }

        ActionLinkFunctions.Cookie.Clear(request.HttpContext);

        // Whatever the redemption answers, the decision stands (it was recorded first), and the link of a decided sheet
        // shows who decided: a refused or failed redemption changes nothing the approver needs to know.
        try
        {
            await links.RedeemAsync(token, CareSheetLinks.Purpose, link.ResourceVersion, link.SubjectId, CareSheetLabels.Code(decision.Value),
                CancellationToken.None);
        }
        catch (Azure.RequestFailedException)
        {
            // Storage refused the used-mark: the sheet's state already refuses the link.
        }

        return CareSheetLinkPages.Recorded(page, result.Sheet!);
    }
}
