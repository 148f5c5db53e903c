using Microsoft.AspNetCore.Http;

namespace Transformation.Platform.Localization;

/// <summary>The two languages every page and email exists in. Japanese is the default.</summary>
public enum Language
{
    Ja,
    En,
}

public static class Languages
{
    public static Language Parse(string? value) =>
        value is not null && value.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Ja;

    public static string Code(this Language language) => language == Language.En ? "en" : "ja";

    /// <summary>The language of a request: an explicit ?lang= first, then the browser's first choice, else Japanese.</summary>
    public static Language Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.TryGetValue("lang", out var lang) && !string.IsNullOrEmpty(lang))
        {
            return Parse(lang);
        }

        var accept = request.Headers.AcceptLanguage.ToString();
        return Parse(accept.Split(',', StringSplitOptions.TrimEntries).FirstOrDefault());
    }

    /// <summary>Picks the Japanese or English text.</summary>
    public static string Pick(this Language language, string ja, string en) => language == Language.En ? en : ja;
}
