using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Platform.Links;

/// <summary>
/// The public pages behind links in emails. Anonymous on purpose: the token is the credential, checked here
/// before any feature code runs. The mailed address /links/{token} only moves the token into a cookie
/// (<see cref="TokenCookie"/>) and redirects to /links, so no later request carries it in its address.
/// </summary>
public sealed class ActionLinkFunctions(
    ActionLinks links,
    ActionLinkHandlers handlers,
    LinkRefusalPages refusals,
    FormProtection forms,
    ILogger<ActionLinkFunctions> log)
{
    public const string PagePath = "/links";

    public static readonly TokenCookie Cookie = new("tx_link", PagePath);

    [Function("ActionLinkShow")]
    [ProducesResponseType(StatusCodes.Status303SeeOther)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status410Gone)]
    [AllowAnonymous]
    [Description("Opens a link from an email: a usable link's token goes into a cookie and the answer is 303 to /links; otherwise "
        + "a page saying why it cannot be used (404 unknown, 410 expired, used, superseded or withdrawn).")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "links/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inspected = await links.InspectAsync(token, cancellationToken);
        var (refused, _, context) = await OpenAsync(request, token, inspected, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        // Nothing else happens here: mail scanners fetch this address, and the page (and what it records) is one step on.
        Cookie.Store(request.HttpContext, token);
        var query = QueryString.Create("lang", context!.Language.Code());
        request.HttpContext.Response.Headers.Location = request.PathBase.Add(PagePath).ToUriComponent() + query.ToUriComponent();
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    [Function("ActionLinkPage")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [AllowAnonymous]
    [Description("The page of the link whose token the cookie holds (set by /links/{token}): the form of its purpose, a refusal "
        + "page, or 400 asking to open the link from the email again when there is no cookie.")]
    public async Task<IActionResult> Page(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "links")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TokenPages.NoStore(request);
        if (Cookie.Read(request) is not { } token)
        {
            return TokenPages.Missing(request, LinkLanguage.Of(request, null));
        }

        var inspected = await links.InspectAsync(token, cancellationToken);
        var (refused, handler, context) = await OpenAsync(request, token, inspected, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        Cookie.Store(request.HttpContext, token);
        return await handler!.ShowAsync(context!, request);
    }

    [Function("ActionLinkSubmit")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [AllowAnonymous]
    [Description("Submits the form of the link whose token the cookie holds (anti-forgery checked; 409 when another link was "
        + "opened since the form was shown); the purpose's handler decides and uses the link up.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "links")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TokenPages.NoStore(request);
        if (Cookie.Read(request) is not { } token)
        {
            return TokenPages.Missing(request, LinkLanguage.Of(request, null));
        }

        // Inspecting changes nothing; it comes first only so the 400 and 409 pages speak the recipient's language.
        var inspected = await links.InspectAsync(token, cancellationToken);
        var language = LinkLanguage.Of(request, inspected.Link);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        if (!TokenCookie.IsSamePage(await request.ReadFormAsync(cancellationToken), token))
        {
            return TokenPages.OtherLink(request, language);
        }

        var (refused, handler, context) = await OpenAsync(request, token, inspected, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        Cookie.Store(request.HttpContext, token);
        return await handler!.SubmitAsync(context!, request);
    }

    /// <summary>Either the refusal page, or the handler and context for a usable link.</summary>
    private async Task<(IActionResult? Refused, IActionLinkHandler? Handler, LinkContext? Context)> OpenAsync(
        HttpRequest request, string token, LinkResult inspected, CancellationToken cancellationToken)
    {
        // The address or the cookie holds a credential: keep the answer out of caches and out of Referer headers.
        TokenPages.NoStore(request);
        var language = LinkLanguage.Of(request, inspected.Link);
        if (!inspected.IsOk)
        {
            return (refusals.Page(request, inspected, language), null, null);
        }

        var link = inspected.Link!;
        var handler = handlers.Find(link.Purpose);
        if (handler is null)
        {
            log.NoHandler(link.Purpose);
            return (refusals.Page(request, LinkResult.Refused(LinkRefusal.Unknown, link), language), null, null);
        }

        var current = await handler.CurrentVersionAsync(link.ResourceId, cancellationToken);
        if (current > link.ResourceVersion)
        {
            return (refusals.Page(request, LinkResult.Refused(LinkRefusal.Superseded, link), language), null, null);
        }

        return (null, handler, new LinkContext(token, link, current, language));
    }
}
