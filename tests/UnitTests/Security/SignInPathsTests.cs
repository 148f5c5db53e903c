using Transformation.Platform.Security;

namespace Transformation.Tests.Security;

/// <summary>After sign-in the browser goes back only to a page of this site.</summary>
public sealed class SignInPathsTests
{
    [Theory]
    [InlineData("/care-sheets/new?lang=en", "/care-sheets/new?lang=en")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/signin-oidc", "/")]
    [InlineData(null, "/")]
    public void Only_a_local_path_is_a_place_to_return_to(string? returnUrl, string expected) =>
        Assert.Equal(expected, SignInPaths.LocalPath(returnUrl));
}
