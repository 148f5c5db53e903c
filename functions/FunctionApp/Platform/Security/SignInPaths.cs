namespace Transformation.Platform.Security;

/// <summary>The routes of the sign-in flow, and the one rule for where it may send a browser back to.</summary>
public static class SignInPaths
{
    public const string SignInRoute = "sign-in";
    public const string SignOutRoute = "sign-out";

    public static string SignIn(string returnUrl) => "/" + SignInRoute + "?returnUrl=" + Uri.EscapeDataString(LocalPath(returnUrl));

    /// <summary>Only a path of this site: never an open redirect to another one.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 }
        && returnUrl.StartsWith('/')
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.Contains('\\', StringComparison.Ordinal)
        && !returnUrl.StartsWith(SignInSchemes.CallbackPath, StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/";
}
