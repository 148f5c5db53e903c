using Microsoft.AspNetCore.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.Organisation.Lookup;

/// <summary>
/// The language a signed-in person's pages are written in: an explicit ?lang= wins (the language switch),
/// then the person's roster language, then the browser's, then Japanese.
/// </summary>
public sealed class CallerLanguage(RosterDirectory roster) : IReaderLanguage
{
    public async Task<Language> OfAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.ContainsKey("lang"))
        {
            return Languages.Of(request);
        }

        var caller = Caller.Of(request.HttpContext);
        if (caller is not null && await roster.CurrentSnapshotIdAsync(cancellationToken) is not null)
        {
            var person = await roster.GetPersonAsync(caller.StaffId, cancellationToken: cancellationToken);
            if (person is not null)
            {
                return person.Language;
            }
        }

        return Languages.Of(request);
    }
}
