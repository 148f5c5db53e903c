using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Transformation.Platform.Links;

/// <summary>
/// A feature's side of a link purpose (e.g. "caresheet.approve", "survey.answer"). The link functions
/// find the link, refuse unusable ones with a clear page, check the anti-forgery token of a POST,
/// and hand usable ones here. Register with <c>services.AddActionLinkHandler&lt;T&gt;()</c>.
/// </summary>
public interface IActionLinkHandler
{
    /// <summary>The purpose links are issued with; unique across the app.</summary>
    string Purpose { get; }

    /// <summary>The resource's version now, so a link for an older version is refused before anything is shown.</summary>
    Task<int> CurrentVersionAsync(string resourceId, CancellationToken cancellationToken);

    /// <summary>GET /links (the token from its cookie): the page the person decides on. Must not use the link up.
    /// A form on it includes <see cref="LinkPageInput"/> and <see cref="Pages.Components.CsrfInput"/>.</summary>
    Task<IActionResult> ShowAsync(LinkContext link, HttpRequest request);

    /// <summary>
    /// POST /links (anti-forgery and <see cref="TokenCookie.PageField"/> already checked): validate the form, and only when it is valid
    /// call <see cref="ActionLinks.RedeemAsync"/>, acting only when it answers Ok (it may still refuse:
    /// another tab was faster). A form error re-shows the form and leaves the link unused.
    /// </summary>
    Task<IActionResult> SubmitAsync(LinkContext link, HttpRequest request);
}
