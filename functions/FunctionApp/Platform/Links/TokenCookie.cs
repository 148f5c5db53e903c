using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Transformation.Platform.Pages;

namespace Transformation.Platform.Links;

/// <summary>
/// Where an emailed link's token lives after its first visit. The mailed address (/links/{token},
/// /survey/{token}) is answered with this cookie and a 303 to a token-less page, so the pages and their form
/// posts never carry the token in their address, where request logs and telemetry would record it.
/// </summary>
/// <remarks>
/// HttpOnly (no script reads it), Secure whenever the request is HTTPS, scoped to the token-less pages' path.
/// SameSite=Lax, not Strict: the first visit comes from a mail client, often a webmail page on another site,
/// and browsers treat the redirect that follows as part of that cross-site navigation, where a Strict cookie
/// is withheld; Lax cookies go with top-level GET navigations. Posts still need the anti-forgery pair.
/// Lifetime: an hour, renewed by every page shown or sent, so only a page left idle loses it.
/// </remarks>
public sealed record TokenCookie(string Name, string Path)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>The hidden field naming the link a form was shown for (<see cref="LinkTokens.PageId"/>).</summary>
    public const string PageField = "link";

    public void Store(HttpContext http, string token)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Append(Name, token, Options(http, Lifetime));
    }

    public string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Cookies.TryGetValue(Name, out var token) && !string.IsNullOrEmpty(token) ? token : null;
    }

    /// <summary>Once the link is used up the cookie has nothing left to open.</summary>
    public void Clear(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Delete(Name, Options(http, null));
    }

    /// <summary>Whether the form was shown for this token (and not for one another tab has put in the cookie since).</summary>
    public static bool IsSamePage(IFormCollection form, string token)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.TryGetValue(PageField, out StringValues posted) && string.Equals(posted, LinkTokens.PageId(token), StringComparison.Ordinal);
    }

    private CookieOptions Options(HttpContext http, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = http.Request.PathBase.Add(Path).Value,
        MaxAge = maxAge,
        IsEssential = true,
    };
}
