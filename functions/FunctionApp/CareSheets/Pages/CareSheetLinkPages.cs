using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.CareSheets.Model;
using Transformation.CareSheets.Storage;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Pages;

/// <summary>The pages an approver sees through a link: the sheet with the decision form, the answer to a decision, and "already decided".</summary>
public sealed class CareSheetLinkPages(FormProtection forms, JapanTime japanTime)
{
    public const string DecisionField = "decision";
    public const string CommentField = "comment";

    /// <summary>The three decisions as radio choices (also on the signed-in approver's page).</summary>
    public static readonly IReadOnlyList<Choice> Decisions =
    [
        new(CareSheetLabels.Code(CareDecision.Approve), CareSheetLabels.Of(CareDecision.Approve)),
        new(CareSheetLabels.Code(CareDecision.Return), CareSheetLabels.Of(CareDecision.Return)),
        new(CareSheetLabels.Code(CareDecision.Decline), CareSheetLabels.Of(CareDecision.Decline)),
    ];

    private static readonly Text Title = new("育児・介護シートの承認", "Approval of a childcare or caregiving sheet");

    /// <summary>
    /// The sheet and the decision form; it posts to the sheet's own decision route (which can reach the durable
    /// engine), the token staying in the link cookie and only the page's name going in the form.
    /// </summary>
    public ContentResult Decide(HttpRequest request, string token, CareSheet sheet, CareSheetContent content, PageForm form, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(form);
        var language = form.Language;
        var fields = Html.Join(
            form.Radios(DecisionField, new("判断", "Decision"), Decisions, required: true),
            form.TextArea(CommentField, new("コメント（差戻し・却下の場合は必須）", "Comment (required to return or decline)"), rows: 4));
        var body = Html.Join(
            CareSheetHtml.Details(sheet, content, language),
            Html.Format($"<h2>{new Text("判断", "Your decision").In(language)}</h2>"),
            form.Form(Html.Join(forms.HiddenField(request.HttpContext), TokenCookie.HiddenField(token)), fields, new("送信する", "Send"),
                $"{CareSheetLinkDecisionFunction.Path}?lang={language.Code()}"));
        return PageResults.Page(request, language, Title, body, status);
    }

    public static PageForm EmptyForm(Language language) => new(language);

    public static PageForm Invalid(Language language, IFormCollection form, IReadOnlyList<FieldError> errors) => PageForm.FromPost(language, form, errors);

    public static ContentResult Recorded(HttpRequest request, Language language, CareSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var decision = sheet.Decision is { } d ? CareSheetLabels.Of(d).In(language) : "";
        var message = new Text($"判断（{decision}）を受け付けました。{sheet.OwnerName}さんに通知します。", $"Your decision ({decision}) was recorded. {sheet.OwnerName} will be told.");
        return PageResults.Page(request, language, new Text("受け付けました", "Decision recorded"), Html.Format($"""<p class="notice" role="status">{message.In(language)}</p>"""));
    }

    /// <summary>For the other approver's link (or a late click): who decided what and when, or that the sheet was withdrawn.</summary>
    public ContentResult AlreadyDecided(HttpRequest request, Language language, CareSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        Text message;
        if (sheet.State == CareSheetState.Withdrawn)
        {
            message = new("このシートは本人により取り下げられました。対応は不要です。", "This sheet was withdrawn by the employee. No action is needed.");
        }
        else if (sheet is { DecidedByName: { } name, Decision: { } decision, DecidedAt: { } at })
        {
            var when = (Language l) => DisplayDates.Format(japanTime.ToLocal(at), l);
            message = new($"このシートは{when(Language.Ja)}に{name}さんが判断済みです（{CareSheetLabels.Of(decision).Ja}）。",
                $"{name} already decided on this sheet on {when(Language.En)} ({CareSheetLabels.Of(decision).En}).");
        }
        else
        {
            message = new("このシートは現在判断できる状態ではありません。", "This sheet cannot be decided now.");
        }

        return PageResults.Error(request, language, StatusCodes.Status409Conflict, new("判断済みのシート", "Already decided"), message);
    }
}
