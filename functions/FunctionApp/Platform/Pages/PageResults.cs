using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Components;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages.Components;
using Transformation.Platform.Security;

namespace Transformation.Platform.Pages;

/// <summary>Turns a page body into the HTTP answer: the layout, UTF-8 HTML, a status and protective headers.</summary>
public static class PageResults
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>
    /// Pages carry no script, so the policy forbids all of it: an injection that slipped past the encoder
    /// still could not run. No referrer: link pages carry their credential in the address.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly Text Help = new(
        "ご不明な点は人事課にお問い合わせください。",
        "If you need help, please contact the HR office.");

    public static ContentResult Page(HttpRequest request, Language language, Text title, Html body, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Page(request, language, title.In(language), body, status);
    }

    public static ContentResult Page(HttpRequest request, Language language, string title, Html body, int status = StatusCodes.Status200OK) =>
        Document(request, language, title, ComponentHtml.Fragment(body), status);

    /// <summary>A page whose body is the component <typeparamref name="TBody"/>, given its parameters (the reader's language is added).</summary>
    public static ContentResult Component<TBody>(HttpRequest request, Language language, Text title, IReadOnlyDictionary<string, object?> parameters,
        int status = StatusCodes.Status200OK)
        where TBody : IComponent
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(parameters);
        RenderFragment body = builder =>
        {
            builder.OpenComponent<TBody>(0);
            builder.AddComponentParameter(1, nameof(LocalizedComponent.Language), language);
            foreach (var (name, value) in parameters)
            {
                builder.AddComponentParameter(2, name, value);
            }

            builder.CloseComponent();
        };
        return Document(request, language, title.In(language), body, status);
    }

    private static ContentResult Document(HttpRequest request, Language language, string title, RenderFragment body, int status)
    {
        ArgumentNullException.ThrowIfNull(request);
        var other = language == Language.En ? Language.Ja : Language.En;
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentLanguage = language.Code();
        return new ContentResult
        {
            Content = Layout.Render(language, title, body, LanguageSwitch.Href(request, other), SiteMenu.For(Caller.Of(request.HttpContext))),
            ContentType = ContentType,
            StatusCode = status,
        };
    }

    /// <summary>Post/redirect/get: a reload after sending does not send again.</summary>
    public static StatusCodeResult SeeOther(HttpRequest request, string location)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.HttpContext.Response.Headers.Location = location;
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    /// <summary>The standard error page: what happened and what to do, in the reader's language. Never technical detail.</summary>
    public static ContentResult Error(HttpRequest request, Language language, int status, Text title, Text message)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(message);
        var body = Html.Format($"""
            <p class="notice">{message.In(language)}</p>
            <p>{Help.In(language)}</p>
            """);
        return Page(request, language, title, body, status);
    }

    /// <summary>An error page for a status with the usual wording (404, 400, 403, 500 ...).</summary>
    public static ContentResult Error(HttpRequest request, Language language, int status) => status switch
    {
        StatusCodes.Status400BadRequest => Error(request, language, status,
            new("入力を処理できません", "The request could not be processed"),
            new("入力内容をご確認のうえ、もう一度お試しください。", "Please check what you entered and try again.")),
        StatusCodes.Status401Unauthorized => Error(request, language, status,
            new("サインインが必要です", "Sign-in required"),
            new("このページを表示するにはサインインしてください。", "Please sign in to see this page.")),
        StatusCodes.Status403Forbidden => Error(request, language, status,
            new("アクセスできません", "Access denied"),
            new("このページを表示する権限がありません。", "You are not allowed to see this page.")),
        StatusCodes.Status404NotFound => Error(request, language, status,
            new("ページが見つかりません", "Page not found"),
            new("お探しのページは見つかりませんでした。", "The page you are looking for was not found.")),
        _ => Error(request, language, status,
            new("エラーが発生しました", "Something went wrong"),
            new("しばらくしてからもう一度お試しください。", "Please try again in a little while.")),
    };

    /// <summary>The answer to a POST whose anti-forgery token is missing or stale.</summary>
    public static ContentResult FormExpired(HttpRequest request, Language language) =>
        Error(request, language, StatusCodes.Status400BadRequest,
            new("フォームの有効期限が切れました", "The form has expired"),
            new("フォームの有効期限が切れました。もう一度お試しください。", "The form has expired. Please try again."));
}
