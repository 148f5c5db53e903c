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
        ArgumentNullException.ThrowIfNull(message);
        return Notice(request, language, title, new NoticeView(message), status);
    }

    /// <summary>A page that only tells the reader something (<see cref="NoticePage"/>).</summary>
    public static ContentResult Notice(HttpRequest request, Language language, Text title, NoticeView view, int status = StatusCodes.Status200OK) =>
        Component<NoticePage>(request, language, title, new Dictionary<string, object?> { [nameof(NoticePage.View)] = view }, status);

    /// <summary>An error page for a status with the usual wording (404, 400, 403, 500 ...).</summary>
    public static ContentResult Error(HttpRequest request, Language language, int status) => status switch
    {
        StatusCodes.Status400BadRequest => Error(request, language, status, NoticeTexts.BadRequestTitle, NoticeTexts.BadRequest),
        StatusCodes.Status401Unauthorized => Error(request, language, status, NoticeTexts.SignInTitle, NoticeTexts.SignIn),
        StatusCodes.Status403Forbidden => Error(request, language, status, NoticeTexts.ForbiddenTitle, NoticeTexts.Forbidden),
        StatusCodes.Status404NotFound => Error(request, language, status, NoticeTexts.NotFoundTitle, NoticeTexts.NotFound),
        _ => Error(request, language, status, NoticeTexts.FailedTitle, NoticeTexts.Failed),
    };

    /// <summary>The answer to a POST whose anti-forgery token is missing or stale.</summary>
    public static ContentResult FormExpired(HttpRequest request, Language language) =>
        Error(request, language, StatusCodes.Status400BadRequest, NoticeTexts.ExpiredTitle, NoticeTexts.Expired);
}
