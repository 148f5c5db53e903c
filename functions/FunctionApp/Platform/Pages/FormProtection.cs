using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages;

/// <summary>
/// Cross-site request forgery protection for every POST form: a token in a SameSite=Strict, HttpOnly
/// cookie and its pair in a hidden field. Another site can make a browser post, but cannot read the pair.
/// </summary>
public sealed class FormProtection(IAntiforgery antiforgery)
{
    /// <summary>
    /// The hidden field a form posts back (rendered by <see cref="Components.CsrfInput"/>) and, as a side effect, the
    /// cookie it pairs with.
    /// </summary>
    public CsrfField Field(HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new CsrfField(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    public async Task<bool> IsValidAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            return await antiforgery.IsRequestValidAsync(http);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A body that is not a readable form cannot carry a valid token.
            return false;
        }
    }

    /// <summary>Null when the POST is genuine, else the 400 page asking the person to try again.</summary>
    public async Task<IActionResult?> RejectIfForgedAsync(HttpRequest request, Language language)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await IsValidAsync(request.HttpContext) ? null : PageResults.FormExpired(request, language);
    }
}
