using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Pages.Components;

namespace Transformation.Tests.Links;

/// <summary>A feature as a real one would plug in: shows a decision form, validates it, redeems, answers.</summary>
public sealed class TestApprovalHandler(ActionLinks links, LinkRefusalPages refusals, FormProtection forms) : IActionLinkHandler
{
    public static readonly Text Title = new("育児シートの承認", "Approve the childcare sheet");
    public static readonly Text Comment = new("コメント", "Comment");
    public static readonly Text Decision = new("判断", "Decision");
    public static readonly Text Send = new("送信", "Send");
    public static readonly IReadOnlyList<Choice> Choices = [new("approve", new("承認する", "Approve")), new("return", new("差し戻す", "Return"))];
    private static readonly Text DecisionMissing = new("判断を選んでください。", "Please choose a decision.");
    private static readonly Text Received = new("受け付けました", "Received");

    public string Purpose => LinkToIssue.ApprovePurpose;

    /// <summary>The sheet's version now, as the feature's storage would report it.</summary>
    public int CurrentVersion { get; set; } = 1;

    public Task<int> CurrentVersionAsync(string resourceId, CancellationToken cancellationToken) => Task.FromResult(CurrentVersion);

    /// <summary>How many times the page was shown: opening the mailed address alone must not show it.</summary>
    public int Shown { get; private set; }

    public Task<IActionResult> ShowAsync(LinkContext link, HttpRequest request)
    {
        Shown++;
        return Task.FromResult<IActionResult>(Form(link, request, FormState.Empty, StatusCodes.Status200OK));
    }

    public async Task<IActionResult> SubmitAsync(LinkContext link, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(request);
        var posted = await request.ReadFormAsync();
        var decision = posted["decision"].ToString();
        if (Choices.All(c => c.Value != decision))
        {
            return Form(link, request, FormState.FromPost(posted, [new FieldError("decision", DecisionMissing)]), StatusCodes.Status400BadRequest);
        }

        var redeemed = await links.RedeemAsync(link.Token, Purpose, link.CurrentVersion, usedBy: link.Link.SubjectId, decision: decision);
        if (!redeemed.IsOk)
        {
            return refusals.Page(request, redeemed, link.Language);
        }

        return PageResults.Notice(request, link.Language, Received, new NoticeView(Received));
    }

    private ContentResult Form(LinkContext link, HttpRequest request, FormState form, int status)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(request);
        var view = new TestApprovalView(form, forms.Field(request.HttpContext), LinkTokens.PageId(link.Token));
        return PageResults.Component<TestApprovalPage>(request, link.Language, Title,
            new Dictionary<string, object?> { [nameof(TestApprovalPage.View)] = view }, status);
    }
}
