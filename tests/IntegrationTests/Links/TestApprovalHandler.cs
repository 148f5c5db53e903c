using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Tests.Links;

/// <summary>A feature as a real one would plug in: shows a decision form, validates it, redeems, answers.</summary>
public sealed class TestApprovalHandler(ActionLinks links, LinkRefusalPages refusals, FormProtection forms) : IActionLinkHandler
{
    public static readonly Text Title = new("育児シートの承認", "Approve the childcare sheet");
    private static readonly Text Comment = new("コメント", "Comment");
    private static readonly Text Decision = new("判断", "Decision");
    private static readonly Text DecisionMissing = new("判断を選んでください。", "Please choose a decision.");
    private static readonly Choice[] Choices = [new("approve", new("承認する", "Approve")), new("return", new("差し戻す", "Return"))];

    public string Purpose => LinkToIssue.ApprovePurpose;

    /// <summary>The sheet's version now, as the feature's storage would report it.</summary>
    public int CurrentVersion { get; set; } = 1;

    public Task<int> CurrentVersionAsync(string resourceId, CancellationToken cancellationToken) => Task.FromResult(CurrentVersion);

    /// <summary>How many times the page was shown: opening the mailed address alone must not show it.</summary>
    public int Shown { get; private set; }

    public Task<IActionResult> ShowAsync(LinkContext link, HttpRequest request)
    {
        Shown++;
        return Task.FromResult<IActionResult>(Form(link, request, new PageForm(link.Language), StatusCodes.Status200OK));
    }

    public async Task<IActionResult> SubmitAsync(LinkContext link, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(request);
        var posted = await request.ReadFormAsync();
        var decision = posted["decision"].ToString();
        if (Choices.All(c => c.Value != decision))
        {
            var form = PageForm.FromPost(link.Language, posted, [new FieldError("decision", DecisionMissing)]);
            return Form(link, request, form, StatusCodes.Status400BadRequest);
        }

        var redeemed = await links.RedeemAsync(link.Token, Purpose, link.CurrentVersion, usedBy: link.Link.SubjectId, decision: decision);
        if (!redeemed.IsOk)
        {
            return refusals.Page(request, redeemed, link.Language);
        }

        return PageResults.Page(request, link.Language, new Text("受け付けました", "Received"), Html.Format($"<p>{decision}</p>"));
    }

    private ContentResult Form(LinkContext link, HttpRequest request, PageForm form, int status)
    {
        var fields = Html.Join(form.Radios("decision", Decision, Choices, required: true), form.TextArea("comment", Comment));
        var hidden = Html.Join(forms.HiddenField(request.HttpContext), TokenCookie.HiddenField(link.Token));
        return PageResults.Page(request, link.Language, Title, form.Form(hidden, fields, new Text("送信", "Send")), status);
    }
}
