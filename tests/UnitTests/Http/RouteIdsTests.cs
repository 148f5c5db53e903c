using Transformation.Platform.Http;

namespace Transformation.Tests.Http;

public sealed class RouteIdsTests
{
    [Theory]
    [InlineData("2026")]
    [InlineData("3f2a9c0d5b7e4c1a9f3e2d1c0b9a8f7e")]
    [InlineData("2026.0a.Ab-Cd_Ef~1")]
    [InlineData("総務課")]
    public void Ids_the_app_issues_or_imports_are_plausible(string id) => Assert.True(RouteIds.IsPlausible(id));

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a#b")]
    [InlineData("a b")]
    [InlineData("a\u0000b")]
    public void An_id_with_a_character_keys_or_addresses_cannot_hold_is_not(string id) => Assert.False(RouteIds.IsPlausible(id));

    [Fact]
    public void An_id_longer_than_128_characters_is_not() => Assert.False(RouteIds.IsPlausible(new string('a', 129)));
}
