using Microsoft.AspNetCore.Http;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Links;

/// <summary>
/// The language of a page about a link: an explicit ?lang= (the switch on the page), else the language
/// the recipient had when the link was issued (their browser may be set otherwise), else the request's.
/// </summary>
public static class LinkLanguage
{
    public static Language Of(HttpRequest request, ActionLink? link)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.ContainsKey("lang") || link is null)
        {
            return Languages.Of(request);
        }

        return link.Language;
    }
}
