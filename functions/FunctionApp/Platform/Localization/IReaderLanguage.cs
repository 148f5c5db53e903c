using Microsoft.AspNetCore.Http;

namespace Transformation.Platform.Localization;

/// <summary>
/// The language a page is written in for the person reading it. The platform's own answer is the request's (?lang=, then
/// the browser's); the roster's answer (the person's own language) replaces it once the roster is registered.
/// </summary>
public interface IReaderLanguage
{
    Task<Language> OfAsync(HttpRequest request, CancellationToken cancellationToken = default);
}

/// <summary>The request's language: ?lang=, then the browser's, then Japanese.</summary>
public sealed class RequestLanguage : IReaderLanguage
{
    public Task<Language> OfAsync(HttpRequest request, CancellationToken cancellationToken = default) => Task.FromResult(Languages.Of(request));
}
