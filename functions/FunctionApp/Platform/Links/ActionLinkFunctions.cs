using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Transformation.Platform.Pages;

namespace Transformation.Platform.Links;

/// <summary>
/// The public pages behind links in emails. Anonymous on purpose: the token in the address is the
/// credential, checked here before any feature code runs.
/// </summary>
public sealed class ActionLinkFunctions(
    ActionLinks links,
    ActionLinkHandlers handlers,
    LinkRefusalPages refusals,
    FormProtection forms,
    ILogger<ActionLinkFunctions> log)
{
    [Function("ActionLinkShow")]
    [AllowAnonymous]
    [Description("Opens a link from an email: the page of its purpose, or a page saying why it cannot be used (404 unknown, 410 expired, used, superseded or withdrawn).")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "links/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inspected = await links.InspectAsync(token, cancellationToken);
        var (refused, handler, context) = await OpenAsync(request, token, inspected, cancellationToken);
        return refused ?? await handler!.ShowAsync(context!, request);
    }

    [Function("ActionLinkSubmit")]
    [AllowAnonymous]
    [Description("Submits the form of a link from an email (anti-forgery checked); the purpose's handler decides and uses the link up.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "links/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Inspecting changes nothing; it comes first only so the 400 page speaks the recipient's language.
        var inspected = await links.InspectAsync(token, cancellationToken);
        var forged = await forms.RejectIfForgedAsync(request, LinkLanguage.Of(request, inspected.Link));
        if (forged is not null)
        {
            NoStore(request);
            return forged;
        }

        var (refused, handler, context) = await OpenAsync(request, token, inspected, cancellationToken);
        return refused ?? await handler!.SubmitAsync(context!, request);
    }

    /// <summary>Either the refusal page, or the handler and context for a usable link.</summary>
    private async Task<(IActionResult? Refused, IActionLinkHandler? Handler, LinkContext? Context)> OpenAsync(
        HttpRequest request, string token, LinkResult inspected, CancellationToken cancellationToken)
    {
        // The address holds a credential: keep it out of caches and out of Referer headers.
        NoStore(request);
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

    private static void NoStore(HttpRequest request)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
