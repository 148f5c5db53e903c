namespace Transformation.Platform.Security;

/// <summary>How a signed-in caller is matched to the roster, and where browser pages keep their token.</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>The token claim that carries the staff id of the roster (an Entra optional or directory-extension claim).</summary>
    public string StaffIdClaim { get; set; } = "staff_id";

    /// <summary>Cookie that browser pages send their bearer token in (set by the sign-in page).</summary>
    public string CookieName { get; set; } = "tx_token";

    /// <summary>
    /// Where a browser that opens a page without being signed in is sent, with {returnUrl} for the page's path.
    /// Locally the development sign-in page; in Azure, the sign-in entry of the deployment. Empty: a 401 page instead.
    /// </summary>
    public string? PageUrl { get; set; }
}
