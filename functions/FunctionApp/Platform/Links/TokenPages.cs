using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Platform.Links;

/// <summary>
/// What every page behind an emailed link shares: its headers, its language, and the two pages it may need instead of its own.
/// </summary>
public static class TokenPages
{
    /// <summary>The address (first visit) or the cookie holds a credential: keep the answer out of caches and Referer
    /// headers.</summary>
    public static void NoStore(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>The page's language: an explicit ?lang= (the switch on the page) first, then the link's person's, then the browser's.</summary>
    public static PageRequest InLinkLanguage(PageRequest page, Language? linkLanguage)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Http.Query.ContainsKey("lang") || linkLanguage is not { } language
            ? page with { Language = Languages.Of(page.Http) }
            : page with { Language = language };
    }

    /// <summary>No token cookie: left idle past its hour, cookies blocked, or the page opened without the mail.</summary>
    public static ContentResult Missing(HttpRequest request, Language language) =>
        PageResults.Error(request, language, StatusCodes.Status400BadRequest,
            new("メールのリンクから開き直してください", "Please open the link in your email again"),
            new("このページを表示できませんでした。しばらく操作がなかったか、ブラウザーがこのサイトのCookieを受け付けていません。"
                + "Cookieを許可したうえで、メールのリンクをもう一度開いてください。何も送信されていません。",
                "This page could not be shown: it was left unused for a while, or your browser does not accept cookies from this site. "
                + "Please allow cookies for this site and open the link in your email again. Nothing was sent."));

    /// <summary>The form was shown for one link, but another link has been opened in this browser since.</summary>
    public static ContentResult OtherLink(HttpRequest request, Language language) =>
        PageResults.Error(request, language, StatusCodes.Status409Conflict,
            new("別のリンクが開かれました", "Another link was opened"),
            new("このページを表示した後、このブラウザーで別のメールのリンクが開かれたため、このページからは送信できません。"
                + "何も保存していません。使いたいリンクをメールからもう一度開いてください。",
                "Another link from your email was opened in this browser after this page was shown, so this page can no longer be sent. "
                + "Nothing was saved. Please open the link you want to use from your email again."));
}
