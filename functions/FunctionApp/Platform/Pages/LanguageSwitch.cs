using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages;

/// <summary>The address of the same page in another language: same path and query, with <c>lang</c> set.</summary>
public static class LanguageSwitch
{
    public static string Href(HttpRequest request, Language target)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query
            .Where(p => !string.Equals(p.Key, "lang", StringComparison.OrdinalIgnoreCase))
            .Select(p => new KeyValuePair<string, StringValues>(p.Key, p.Value))
            .Append(new KeyValuePair<string, StringValues>("lang", target.Code()));
        return request.PathBase.Add(request.Path).ToUriComponent() + QueryString.Create(query).ToUriComponent();
    }
}
