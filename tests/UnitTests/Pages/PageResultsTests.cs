using Microsoft.AspNetCore.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Pages.Components;

namespace Transformation.Tests.Pages;

public sealed class PageResultsTests
{
    [Fact]
    public void A_page_is_utf8_html_with_its_status_and_protective_headers()
    {
        var http = new DefaultHttpContext();
        http.Request.Path = "/p";

        var result = PageResults.Notice(http.Request, Language.Ja, new Text("題", "Title"), new NoticeView(new Text("本文", "Body")),
            StatusCodes.Status201Created);

        Assert.Equal("text/html; charset=utf-8", result.ContentType);
        Assert.Equal(201, result.StatusCode);
        Assert.Contains("<h1>題</h1>", result.Content, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none';", http.Response.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", http.Response.Headers.XContentTypeOptions.ToString());
        Assert.Equal("no-referrer", http.Response.Headers["Referrer-Policy"].ToString());
        Assert.Equal("ja", http.Response.Headers.ContentLanguage.ToString());
    }

    [Fact]
    public void The_expired_form_page_is_a_readable_400_in_japanese_or_english()
    {
        var ja = PageResults.FormExpired(new DefaultHttpContext().Request, Language.Ja);
        var en = PageResults.FormExpired(new DefaultHttpContext().Request, Language.En);

        Assert.Equal(400, ja.StatusCode);
        Assert.Contains("フォームの有効期限が切れました。もう一度お試しください。", ja.Content, StringComparison.Ordinal);
        Assert.Contains("The form has expired. Please try again.", en.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_error_page_says_what_to_do_and_nothing_technical()
    {
        var page = PageResults.Error(new DefaultHttpContext().Request, Language.Ja, StatusCodes.Status500InternalServerError);

        Assert.Equal(500, page.StatusCode);
        Assert.Contains("しばらくしてからもう一度お試しください。", page.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", page.Content, StringComparison.Ordinal);
    }
}
