using Xunit.Sdk;

namespace Transformation.Tests.Accessibility;

/// <summary>The check itself: a page with a field nobody can name fails it, and the failure says what and where.</summary>
public sealed class AccessibilityCheckTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_field_without_a_label_fails_the_check_naming_the_rule_and_the_field()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="ja"><head><title>試験</title></head>
            <body><main><h1>試験</h1><input id="nameless" type="text"></main></body></html>
            """);

        var failure = await Assert.ThrowsAsync<TrueException>(() => Accessibility.AssertNoSeriousViolationsAsync(page));

        Assert.Contains("- label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#nameless", failure.Message, StringComparison.Ordinal);
    }
}
