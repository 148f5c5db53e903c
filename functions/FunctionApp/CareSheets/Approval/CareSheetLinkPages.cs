using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Approval;

/// <summary>The pages an approver sees through a link: the sheet with the decision form, the answer to a decision, and "already decided".</summary>
public sealed class CareSheetLinkPages(JapanTime japanTime)
{
    /// <summary>
    /// The sheet and the decision form; it posts to the sheet's own decision route (which can reach the durable
    /// engine), the token staying in the link cookie and only the page's name going in the form.
    /// </summary>
    public static ContentResult Decide(
        PageRequest page, string token, CareSheet sheet, CareSheetContent content, FormState form, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(page);
        var decide = new CareSheetDecisionForm(form, page.Csrf, PageLinks.InLanguage(CareSheetLinkDecisionFunction.Path, page.Language),
            LinkPage: LinkTokens.PageId(token));
        return page.Render<CareSheetLinkPage>(CareSheetApprovalTexts.LinkTitle, new CareSheetLinkView(sheet, content, decide), status);
    }

    public static ContentResult Recorded(PageRequest page, CareSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(sheet);
        var decision = CareSheetLabels.Of(sheet.Decision ?? throw new InvalidOperationException("A recorded sheet holds its decision."));
        var message = CareSheetApprovalTexts.Received.With(decision, sheet.OwnerName);
        return page.Render<CareSheetLinkRecordedPage>(CareSheetApprovalTexts.ReceivedTitle, new CareSheetLinkRecordedView(message));
    }

    /// <summary>For the other approver's link (or a late click): who decided what and when, or that the sheet was withdrawn.</summary>
    public ContentResult AlreadyDecided(PageRequest page, CareSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(sheet);
        Text message;
        if (sheet.State == CareSheetState.Withdrawn)
        {
            message = CareSheetApprovalTexts.WithdrawnNoAction;
        }
        else if (sheet is { DecidedByName: { } name, Decision: { } decision, DecidedAt: { } at })
        {
            message = CareSheetApprovalTexts.DecidedBy.With(name, DisplayDates.Both(japanTime.ToLocal(at)), CareSheetLabels.Of(decision));
        }
        else
        {
            message = CareSheetApprovalTexts.NotDecidable;
        }

        return PageResults.Error(page.Http, page.Language, StatusCodes.Status409Conflict, CareSheetApprovalTexts.AlreadyDecidedTitle, message);
    }
}
