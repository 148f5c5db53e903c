using Microsoft.AspNetCore.Http;

namespace Transformation.Platform.Security;

/// <summary>
/// The signed-in person behind a request: their roster staff id and the roles they hold now. The
/// <see cref="EndpointGuard"/> works it out once per request (token or session, matched to the roster)
/// and attaches it; functions read it with <see cref="Of"/>.
/// </summary>
public sealed record Caller(string StaffId, IReadOnlySet<string> Roles)
{
    private static readonly object ItemKey = new();

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>The caller the guard attached, or null on a public route.</summary>
    public static Caller? Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(ItemKey, out var caller) ? caller as Caller : null;
    }

    /// <summary>The caller of a route that admits no anonymous caller (the guard has run).</summary>
    public static Caller Required(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Of(request.HttpContext) ?? throw new InvalidOperationException("The guard lets no anonymous caller reach this function.");
    }

    public static void Attach(HttpContext http, Caller caller) => http.Items[ItemKey] = caller;
}
