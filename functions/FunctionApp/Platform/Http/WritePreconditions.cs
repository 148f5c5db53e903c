using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Transformation.Platform.Http;

/// <summary>
/// Writes that two people can make to the same thing must say which version they change: If-Match with the ETag
/// they read, or, to create what does not exist yet, If-None-Match: *. A client that sends neither would overwrite a
/// colleague's change unseen, so it gets 428 (RFC 6585) and nothing is written.
/// </summary>
public static class WritePreconditions
{
    /// <summary>The ETag to write against (null: create only), or the 428 answer.</summary>
    public static (string? IfMatch, IActionResult? Refusal) Require(HttpRequest request, bool mayCreate)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ifMatch = request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.Length > 0)
        {
            return (ifMatch, null);
        }

        var create = mayCreate && request.Headers.IfNoneMatch.ToString().Trim() == "*";
        return create ? (null, null) : (null, Problems.PreconditionRequired(request.HttpContext));
    }
}
