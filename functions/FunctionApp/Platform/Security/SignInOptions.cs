namespace Transformation.Platform.Security;

/// <summary>How a signed-in person is matched to the roster, and how long a browser session lasts.</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>
    /// A token claim that carries the roster's staff id (an Entra directory-extension or employeeId claim).
    /// Empty (the default): people are matched by the roster's email against preferred_username, upn or email.
    /// A token that lacks the configured claim is matched by email as well.
    /// </summary>
    public string StaffIdClaim { get; set; } = "";

    /// <summary>The browser session cookie (HttpOnly, data-protected). Pages only: API routes never read it.</summary>
    public string SessionCookieName { get; set; } = "tx_session";

    /// <summary>How long a browser session lasts without use; every page view renews it.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);
}
