using Microsoft.AspNetCore.Mvc;
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
    public async Task The_mailed_address_moves_the_token_into_a_cookie_and_sends_the_browser_to_an_address_without_it()
    {
        var issued = await new LinkToIssue { Language = Language.En }.IssueAsync(_links.Links);
        var first = LinkHttp.Get(_services, "/links/" + issued.Token);

        var answer = await _functions.Show(first.Request, issued.Token, CancellationToken.None);

        Assert.Equal(303, LinkHttp.Status(answer));
        Assert.Equal("/links?lang=en", first.Response.Headers.Location.ToString());
        var cookie = LinkHttp.SetCookie(first, "tx_link")!;
        Assert.StartsWith("tx_link=" + issued.Token + ";", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/links", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=3600", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("no-store", first.Response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task Opening_the_mailed_address_shows_and_uses_nothing_as_a_mail_scanner_fetching_it_would()
    {
        var issued = await new LinkToIssue().IssueAsync(_links.Links);

        await _functions.Show(LinkHttp.Get(_services, "/links/" + issued.Token).Request, issued.Token, CancellationToken.None);

        Assert.Equal(0, _handler.Shown);
        Assert.True((await _links.Links.InspectAsync(issued.Token)).IsOk);
    }

    [Fact]
    public async Task A_usable_link_shows_the_handlers_form_with_an_antiforgery_field()
    {
        var issued = await new LinkToIssue().IssueAsync(_links.Links);

        var (page, http, _) = await OpenAsync(issued.Token);

        Assert.Equal(200, LinkHttp.Status(page));
        Assert.Contains("育児シートの承認", LinkHttp.Content(page), StringComparison.Ordinal);
        Assert.DoesNotContain(issued.Token, LinkHttp.Content(page), StringComparison.Ordinal);
        LinkHttp.Antiforgery(http, page);
        Assert.Equal("no-referrer", http.Response.Headers["Referrer-Policy"].ToString());
    }

    [Fact]
    public async Task A_genuine_post_is_handled_once_and_a_second_gets_the_used_page_with_its_time()
    {
        var issued = await new LinkToIssue().IssueAsync(_links.Links);
        var (page, http, _) = await OpenAsync(issued.Token);
        var form = Form(http, page, ("decision", "approve"));

        var first = await SubmitAsync(form);
        var second = await SubmitAsync(form);

        Assert.Equal(200, LinkHttp.Status(first));
        Assert.Contains("受け付けました", LinkHttp.Content(first), StringComparison.Ordinal);
        Assert.Equal(410, LinkHttp.Status(second));
        Assert.Matches(@"このリンクは既に使用されています（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}）", LinkHttp.Content(second));
    }

    [Fact]
    public async Task A_form_error_keeps_what_was_typed_and_leaves_the_link_unused()
    {
        var issued = await new LinkToIssue { Language = Language.En }.IssueAsync(_links.Links);
        var (page, http, _) = await OpenAsync(issued.Token);

        var answer = await SubmitAsync(Form(http, page, ("comment", "<b>family</b> 事情")));

        Assert.Equal(400, LinkHttp.Status(answer));
        var error = "<p class=\"error\" id=\"f-decision-error\">Please choose a decision.</p>";
        Assert.Contains(error, LinkHttp.Content(answer), StringComparison.Ordinal);
        Assert.Contains(">&lt;b&gt;family&lt;/b&gt; 事情</textarea>", LinkHttp.Content(answer), StringComparison.Ordinal);
        Assert.True((await _links.Links.InspectAsync(issued.Token)).IsOk);
    }

    [Fact]
    public async Task A_post_without_a_valid_antiforgery_token_gets_the_400_page_and_uses_nothing()
    {
        var issued = await new LinkToIssue().IssueAsync(_links.Links);
        var (page, http, linkCookie) = await OpenAsync(issued.Token);
        var (csrf, _) = LinkHttp.Antiforgery(http, page);
        var pageField = LinkHttp.PageField(page);

        var missing = await Post(new() { ["decision"] = "approve", ["link"] = pageField }, $"{csrf}; {linkCookie}");
        var forged = await Post(new() { ["__csrf"] = "forged", ["decision"] = "approve", ["link"] = pageField }, $"{csrf}; {linkCookie}");
        var noCookie = await Post(new() { ["decision"] = "approve", ["link"] = pageField }, linkCookie);

        Assert.All(new[] { missing, forged, noCookie }, answer =>
        {
            Assert.Equal(400, LinkHttp.Status(answer));
            Assert.Contains("フォームの有効期限が切れました。もう一度お試しください。", LinkHttp.Content(answer), StringComparison.Ordinal);
        });
        Assert.True((await _links.Links.InspectAsync(issued.Token)).IsOk);
    }

    [Fact]
    public async Task Without_the_token_cookie_the_page_asks_to_open_the_link_again_in_the_browsers_language()
    {
        var page = await _functions.Page(LinkHttp.Get(_services, "/links", acceptLanguage: "en-GB,en;q=0.9").Request, CancellationToken.None);
        var recipients = await _functions.Page(LinkHttp.Get(_services, "/links", query: "?lang=ja").Request, CancellationToken.None);

        Assert.Equal(400, LinkHttp.Status(page));
        Assert.Contains("Please open the link in your email again", LinkHttp.Content(page), StringComparison.Ordinal);
        Assert.Contains("メールのリンクから開き直してください", LinkHttp.Content(recipients), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_after_another_link_replaced_the_cookie_is_refused_and_neither_link_is_used()
    {
        var first = await new LinkToIssue().IssueAsync(_links.Links);
        var second = await new LinkToIssue().IssueAsync(_links.Links);
        var (page, http, _) = await OpenAsync(first.Token);
        var (_, _, secondCookie) = await OpenAsync(second.Token);
        var (csrf, field) = LinkHttp.Antiforgery(http, page);
        var fields = new Dictionary<string, string> { ["__csrf"] = field, ["decision"] = "approve", ["link"] = LinkHttp.PageField(page) };

        var answer = await Post(fields, $"{csrf}; {secondCookie}");

        Assert.Equal(409, LinkHttp.Status(answer));
        Assert.Contains("別のリンクが開かれました", LinkHttp.Content(answer), StringComparison.Ordinal);
        Assert.True((await _links.Links.InspectAsync(first.Token)).IsOk);
        Assert.True((await _links.Links.InspectAsync(second.Token)).IsOk);
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_410_in_the_recipients_language_unless_the_page_asks_otherwise()
    {
        var issued = await new LinkToIssue { Language = Language.En, ValidFor = TimeSpan.FromSeconds(1) }.IssueAsync(_links.Links);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var english = await ShowAsync(issued.Token, acceptLanguage: "ja-JP");
        var japanese = await ShowAsync(issued.Token, query: "?lang=ja");

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

        var page = await ShowAsync(issued.Token);

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

        var page = await ShowAsync(issued.Token);

        Assert.Equal(410, LinkHttp.Status(page));
        Assert.Contains("This link has been withdrawn", LinkHttp.Content(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_token_gets_404_in_the_browsers_language()
    {
        var english = await ShowAsync(LinkTokens.New(), acceptLanguage: "en-GB,en;q=0.9");
        var japanese = await ShowAsync("garbage");

        Assert.Equal(404, LinkHttp.Status(english));
        Assert.Contains("This link is not valid", LinkHttp.Content(english), StringComparison.Ordinal);
        Assert.Equal(404, LinkHttp.Status(japanese));
        Assert.Contains("このリンクは無効です", LinkHttp.Content(japanese), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_whose_purpose_has_no_handler_is_not_found()
    {
        var issued = await new LinkToIssue { Purpose = "nobody.handles" }.IssueAsync(_links.Links);

        var page = await ShowAsync(issued.Token);

        Assert.Equal(404, LinkHttp.Status(page));
    }

    private Task<IActionResult> ShowAsync(string token, string? query = null, string? acceptLanguage = null) =>
        _functions.Show(LinkHttp.Get(_services, "/links/" + token, query: query, acceptLanguage: acceptLanguage).Request, token,
            CancellationToken.None);

    /// <summary>Follows the mailed address to the page, as a browser does: the page, its request, and the link cookie.</summary>
    private async Task<(IActionResult Page, Microsoft.AspNetCore.Http.HttpContext Http, string LinkCookie)> OpenAsync(string token)
    {
        var first = LinkHttp.Get(_services, "/links/" + token);
        Assert.Equal(303, LinkHttp.Status(await _functions.Show(first.Request, token, CancellationToken.None)));
        var linkCookie = LinkHttp.Cookie(first, "tx_link");
        var http = LinkHttp.Get(_services, "/links", cookie: linkCookie);
        return (await _functions.Page(http.Request, CancellationToken.None), http, linkCookie);
    }

    /// <summary>The page's form as the browser posts it: both cookies, the anti-forgery field, the page's link and the fields.</summary>
    private static (Dictionary<string, string> Fields, string Cookie) Form(
        Microsoft.AspNetCore.Http.HttpContext shown, IActionResult page, params (string Name, string Value)[] fields)
    {
        var (csrf, field) = LinkHttp.Antiforgery(shown, page);
        var values = new Dictionary<string, string> { ["__csrf"] = field, ["link"] = LinkHttp.PageField(page) };
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return (values, $"{csrf}; {shown.Request.Headers.Cookie}");
    }

    private Task<IActionResult> SubmitAsync((Dictionary<string, string> Fields, string Cookie) form) => Post(form.Fields, form.Cookie);

    private Task<IActionResult> Post(Dictionary<string, string> fields, string cookie) =>
        _functions.Submit(LinkHttp.Post(_services, fields, cookie).Request, CancellationToken.None);
}
