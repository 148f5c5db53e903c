using System.Diagnostics;
using Transformation.Platform.Telemetry;

namespace Transformation.Tests.Telemetry;

/// <summary>Emailed-link tokens never reach telemetry.</summary>
public sealed class LinkTokenRedactionTests
{
    [Theory]
    [InlineData("/links/AbC-123_xyz", "/links/[token]")]
    [InlineData("/survey/2026.0a.Zm9vYmFy?c=work", "/survey/[token]?c=work")]
    [InlineData("https://app.example.go.jp/api/survey/2026.0a.Zm9v/submit", "https://app.example.go.jp/api/survey/[token]/submit")]
    [InlineData("/care-sheets/links/tok3n", "/care-sheets/links/[token]")]
    [InlineData("/survey/{token}", "/survey/{token}")]
    [InlineData("/api/organisation/roster", "/api/organisation/roster")]
    public void Token_segments_are_blanked(string url, string expected) =>
        Assert.Equal(expected, LinkTokenRedaction.Redact(url));

    [Fact]
    public void A_span_leaves_with_its_url_tags_and_name_redacted()
    {
        using var activity = new Activity("GET /links/SECRET-TOKEN");
        activity.SetTag("url.path", "/links/SECRET-TOKEN");
        activity.SetTag("url.full", "http://127.0.0.1:7071/links/SECRET-TOKEN?lang=en");
        activity.Start();
        activity.Stop();

        new LinkTokenRedaction().OnEnd(activity);

        Assert.DoesNotContain("SECRET", activity.DisplayName, StringComparison.Ordinal);
        Assert.Equal("/links/[token]", activity.GetTagItem("url.path"));
        Assert.Equal("http://127.0.0.1:7071/links/[token]?lang=en", activity.GetTagItem("url.full"));
    }
}
