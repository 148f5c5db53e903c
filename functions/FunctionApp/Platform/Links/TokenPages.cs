using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Platform.Links;

/// <summary>The two pages a token-less link page may need instead of its own, in the person's language.</summary>
public static class TokenPages
{
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
