namespace Transformation.Platform.Security;

/// <summary>The authentication schemes: API bearer tokens, the browser session, and the sign-in flow that opens it.</summary>
public static class SignInSchemes
{
    public const string Bearer = "Bearer";
    public const string Session = "Session";
    public const string Entra = "Entra";

    /// <summary>Where the identity provider posts the signed-in person back (registered as the redirect URI).</summary>
    public const string CallbackPath = "/signin-oidc";
}
