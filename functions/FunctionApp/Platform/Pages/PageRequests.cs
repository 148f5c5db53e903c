using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.Platform.Pages;

/// <summary>
/// The opening every page function shares, written once: the reader's language, the signed-in caller, and for a
/// POST the anti-forgery check and the form. A page function then only authorises, builds its view and renders.
/// </summary>
public sealed class PageRequests(IReaderLanguage languages, FormProtection forms)
{
    /// <summary>A GET (or a link page): the language and the caller (null on a public route).</summary>
    public async Task<PageRequest> OpenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        return new PageRequest(request, language, Caller.Of(request.HttpContext), forms);
    }

    /// <summary>A form POST: the page request and its form, or the "form has expired" page when the token is forged.</summary>
    public async Task<(PagePost? Post, IActionResult? Refusal)> PostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var page = await OpenAsync(request, cancellationToken);
        if (!await forms.IsValidAsync(request.HttpContext))
        {
            return (null, PageResults.FormExpired(request, page.Language));
        }

        // The anti-forgery check has already read the form; this returns the parsed copy.
        var form = await request.ReadFormAsync(cancellationToken);
        return (new PagePost(page, form), null);
    }
}

/// <summary>One page request, opened: what a page function needs to answer it.</summary>
public sealed record PageRequest(HttpRequest Http, Language Language, Caller? Caller, FormProtection Forms)
{
    /// <summary>The caller of a route that admits no anonymous caller (the endpoint guard has run).</summary>
    public Caller SignedIn => Caller ?? throw new InvalidOperationException("The guard lets no anonymous caller reach this function.");

    /// <summary>The hidden anti-forgery pair for a form on the page.</summary>
    public CsrfField Csrf => Forms.Field(Http.HttpContext);

    public ContentResult NotFound() => PageResults.Error(Http, Language, StatusCodes.Status404NotFound);

    public ContentResult Forbidden() => PageResults.Error(Http, Language, StatusCodes.Status403Forbidden);

    public ContentResult Error(int status) => PageResults.Error(Http, Language, status);

    /// <summary>An error page of this page's own: what happened and what to do, in the reader's language.</summary>
    public ContentResult Error(int status, Text title, Text message) => PageResults.Error(Http, Language, status, title, message);

    /// <summary>The component <typeparamref name="TPage"/>, given its one parameter <c>View</c>.</summary>
    public ContentResult Render<TPage>(Text title, object view, int status = StatusCodes.Status200OK)
        where TPage : IComponent =>
        PageResults.Component<TPage>(Http, Language, title, new Dictionary<string, object?> { ["View"] = view }, status);

    /// <summary>Post, redirect, get to a path of this site, keeping the reader's language.</summary>
    public StatusCodeResult SeeOther(string path) => PageResults.SeeOther(Http, PageLinks.InLanguage(path, Language));
}

/// <summary>A genuine form POST: the page request and the posted fields.</summary>
public sealed record PagePost(PageRequest Page, IFormCollection Form)
{
    public string Field(string name) => Form[name].ToString();
}
