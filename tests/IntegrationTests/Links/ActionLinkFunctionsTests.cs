using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Tests.Links;

public sealed class ActionLinkFunctionsTests : IDisposable
{
    private readonly LinkServices _links = new();
    private readonly ServiceProvider _services;
    private readonly TestApprovalHandler _handler;
    private readonly ActionLinkFunctions _functions;

    public ActionLinkFunctionsTests()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(Transformation.Tests.Support.Azurite.NewTables());
        services.AddPages(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        var forms = _services.GetRequiredService<FormProtection>();
        var refusals = new LinkRefusalPages(new JapanTime(_links.App));
        _handler = new TestApprovalHandler(_links.Links, refusals, forms);
        _functions = new ActionLinkFunctions(_links.Links, new ActionLinkHandlers([_handler]), refusals, forms, NullLogger<ActionLinkFunctions>.Instance);
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_usable_link_shows_the_handlers_form_with_an_antiforgery_field()
    {
        var issued = await new LinkToIssue().IssueAsync(_links.Links);
        var http = LinkHttp.Get(_services, issued.Token);

        var page = await _functions.Show(http.Request, issued.Token, CancellationToken.None);

        Assert.Equal(200, LinkHttp.Status(page));
        Assert.Contains("育児シートの承認", LinkHttp.Content(page), StringComparison.Ordinal);
        LinkHttp.Antiforgery(http, page);
        Assert.Equal("no-referrer", http.Response.Headers["Referrer-Policy"].ToString());
    }

    [Fact]
    public async Task A_genuine_post_is_handled_once_and_a_second_gets_the_used_page_with_its_time()
    {
        var issued = await new LinkToIssue().IssueAsync(_links.Links);
        var shown = LinkHttp.Get(_services, issued.Token);
        var (cookie, field) = LinkHttp.Antiforgery(shown, await _functions.Show(shown.Request, issued.Token, CancellationToken.None));
        var form = new Dictionary<string, string> { ["__csrf"] = field, ["decision"] = "approve" };

        var first = await _functions.Submit(LinkHttp.Post(_services, issued.Token, form, cookie).Request, issued.Token, CancellationToken.None);
        var second = await _functions.Submit(LinkHttp.Post(_services, issued.Token, form, cookie).Request, issued.Token, CancellationToken.None);

        Assert.Equal(200, LinkHttp.Status(first));
        Assert.Contains("受け付けました", LinkHttp.Content(first), StringComparison.Ordinal);
        Assert.Equal(410, LinkHttp.Status(second));
        Assert.Matches(@"このリンクは既に使用されています（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}）", LinkHttp.Content(second));
    }

    [Fact]
    public async Task A_form_error_keeps_what_was_typed_and_leaves_the_link_unused()
    {
        var issued = await new LinkToIssue { Language = Language.En }.IssueAsync(_links.Links);
        var shown = LinkHttp.Get(_services, issued.Token);
        var (cookie, field) = LinkHttp.Antiforgery(shown, await _functions.Show(shown.Request, issued.Token, CancellationToken.None));
        var form = new Dictionary<string, string> { ["__csrf"] = field, ["comment"] = "<b>family</b> 事情" };

        var page = await _functions.Submit(LinkHttp.Post(_services, issued.Token, form, cookie).Request, issued.Token, CancellationToken.None);

        Assert.Equal(400, LinkHttp.Status(page));
        Assert.Contains("<p class=\"error\" id=\"f-decision-error\">Please choose a decision.</p>", LinkHttp.Content(page), StringComparison.Ordinal);
        Assert.Contains(">&lt;b&gt;family&lt;/b&gt; 事情</textarea>", LinkHttp.Content(page), StringComparison.Ordinal);
        Assert.True((await _links.Links.InspectAsync(issued.Token)).IsOk);
    }

    [Fact]
    public async Task A_post_without_a_valid_antiforgery_token_gets_the_400_page_and_uses_nothing()
    {
        var issued = await new LinkToIssue().IssueAsync(_links.Links);
        var shown = LinkHttp.Get(_services, issued.Token);
        var (cookie, _) = LinkHttp.Antiforgery(shown, await _functions.Show(shown.Request, issued.Token, CancellationToken.None));

        var missing = await _functions.Submit(LinkHttp.Post(_services, issued.Token, new Dictionary<string, string> { ["decision"] = "approve" }, cookie).Request, issued.Token, CancellationToken.None);
        var forged = await _functions.Submit(LinkHttp.Post(_services, issued.Token, new Dictionary<string, string> { ["__csrf"] = "forged", ["decision"] = "approve" }, cookie).Request, issued.Token, CancellationToken.None);
        var noCookie = await _functions.Submit(LinkHttp.Post(_services, issued.Token, new Dictionary<string, string> { ["decision"] = "approve" }).Request, issued.Token, CancellationToken.None);

        Assert.All([missing, forged, noCookie], page =>
        {
            Assert.Equal(400, LinkHttp.Status(page));
            Assert.Contains("フォームの有効期限が切れました。もう一度お試しください。", LinkHttp.Content(page), StringComparison.Ordinal);
        });
        Assert.True((await _links.Links.InspectAsync(issued.Token)).IsOk);
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_410_in_the_recipients_language_unless_the_page_asks_otherwise()
    {
        var issued = await new LinkToIssue { Language = Language.En, ValidFor = TimeSpan.FromSeconds(1) }.IssueAsync(_links.Links);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var english = await _functions.Show(LinkHttp.Get(_services, issued.Token, acceptLanguage: "ja-JP").Request, issued.Token, CancellationToken.None);
        var japanese = await _functions.Show(LinkHttp.Get(_services, issued.Token, query: "?lang=ja").Request, issued.Token, CancellationToken.None);

        Assert.Equal(410, LinkHttp.Status(english));
        Assert.Contains("<html lang=\"en\">", LinkHttp.Content(english), StringComparison.Ordinal);
        Assert.Contains("This link has expired", LinkHttp.Content(english), StringComparison.Ordinal);
        Assert.Equal(410, LinkHttp.Status(japanese));
        Assert.Contains("このリンクの有効期限が切れています", LinkHttp.Content(japanese), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_for_an_older_version_of_the_sheet_is_refused_before_the_form_is_shown()
    {
        var issued = await new LinkToIssue { Version = 1 }.IssueAsync(_links.Links);
        _handler.CurrentVersion = 2;

        var page = await _functions.Show(LinkHttp.Get(_services, issued.Token).Request, issued.Token, CancellationToken.None);

        Assert.Equal(410, LinkHttp.Status(page));
        Assert.Contains("この書類は新しい版に更新されたため、このリンクは無効です", LinkHttp.Content(page), StringComparison.Ordinal);
        Assert.DoesNotContain("<form", LinkHttp.Content(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_link_is_refused_with_410_in_english_for_an_english_recipient()
    {
        var spec = new LinkToIssue { Language = Language.En };
        var issued = await spec.IssueAsync(_links.Links);
        await _links.Links.RevokeAllAsync(spec.ResourceId);

        var page = await _functions.Show(LinkHttp.Get(_services, issued.Token).Request, issued.Token, CancellationToken.None);

        Assert.Equal(410, LinkHttp.Status(page));
        Assert.Contains("This link has been withdrawn", LinkHttp.Content(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_token_gets_404_in_the_browsers_language()
    {
        var token = LinkTokens.New();

        var english = await _functions.Show(LinkHttp.Get(_services, token, acceptLanguage: "en-GB,en;q=0.9").Request, token, CancellationToken.None);
        var japanese = await _functions.Show(LinkHttp.Get(_services, "garbage").Request, "garbage", CancellationToken.None);

        Assert.Equal(404, LinkHttp.Status(english));
        Assert.Contains("This link is not valid", LinkHttp.Content(english), StringComparison.Ordinal);
        Assert.Equal(404, LinkHttp.Status(japanese));
        Assert.Contains("このリンクは無効です", LinkHttp.Content(japanese), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_whose_purpose_has_no_handler_is_not_found()
    {
        var issued = await new LinkToIssue { Purpose = "nobody.handles" }.IssueAsync(_links.Links);

        var page = await _functions.Show(LinkHttp.Get(_services, issued.Token).Request, issued.Token, CancellationToken.None);

        Assert.Equal(404, LinkHttp.Status(page));
    }
}
