using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages;

/// <summary>Links between pages keep the language the reader chose.</summary>
public static class PageLinks
{
    public static string InLanguage(string href, Language language)
    {
        ArgumentNullException.ThrowIfNull(href);
        return href + (href.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + language.Code();
    }
}
