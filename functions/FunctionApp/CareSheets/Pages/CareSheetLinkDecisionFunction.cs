using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.CareSheets.Api;
using Transformation.CareSheets.Model;
using Transformation.CareSheets.Storage;
using Transformation.CareSheets.Workflow;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Pages;

/// <summary>
/// The decision posted from an approval link. Anonymous: the token is the credential. The same checks as
/// the generic link route (anti-forgery, link usable, purpose, version), then the form, then the link is
/// used up and the decision claimed on the sheet; of two approvers the first claim wins.
/// </summary>
public sealed class CareSheetLinkDecisionFunction(
    ActionLinks links,
    CareSheetStore store,
    CareSheetAudit audit,
    CareSheetService service,
    CareSheetLinkPages pages,
    LinkRefusalPages refusals,
    FormProtection forms)
{
    [Function("CareSheetLinkDecision")]
    [AllowAnonymous]
    [Description("Decision from an approval link (anti-forgery checked): approve, return or decline a sheet version, once.")]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "care-sheets/links/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        var inspected = await links.InspectAsync(token, cancellationToken);
        var language = LinkLanguage.Of(request, inspected.Link);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
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
            return pages.AlreadyDecided(request, language, sheet);
        }

        // The approver acts, so the approver has read this version: written here, not when the link was opened (a
        // mail scanner's prefetch opens it too, but cannot post the form with its anti-forgery pair).
        await audit.WriteAsync(sheetId, link.SubjectId, AuditActions.Read, link.ResourceVersion, "link", cancellationToken: cancellationToken);
        var form = await request.ReadFormAsync(cancellationToken);
        var decision = CareSheetLabels.ParseDecision(form[CareSheetLinkPages.DecisionField]);
        var comment = form[CareSheetLinkPages.CommentField].ToString();
        var errors = decision is null
            ? [new FieldError(CareSheetLinkPages.DecisionField, new("承認・差戻し・却下のいずれかを選んでください。", "Choose approve, return or decline."))]
            : CareSheetService.CommentErrors(decision.Value, comment);
        if (errors.Count > 0)
        {
            var content = await store.GetContentAsync(sheetId, link.ResourceVersion, cancellationToken);
            return pages.Decide(request, token, sheet, content!, CareSheetLinkPages.Invalid(language, form, errors), StatusCodes.Status400BadRequest);
        }

        var redeemed = await links.RedeemAsync(token, CareSheetLinks.Purpose, sheet.Version, link.SubjectId, CareSheetLabels.Code(decision!.Value), cancellationToken);
        if (!redeemed.IsOk)
        {
            return refusals.Page(request, redeemed, language);
        }

        var result = await service.DecideAsync(sheetId, link.ResourceVersion, link.SubjectId, decision.Value, comment, client, "link", cancellationToken);
        return result.Kind == DecisionOutcomeKind.Recorded
            ? CareSheetLinkPages.Recorded(request, language, result.Sheet!)
            : pages.AlreadyDecided(request, language, result.Sheet ?? sheet);
    }
}
