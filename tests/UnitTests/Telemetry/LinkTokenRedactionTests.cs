using System.Diagnostics;
using Transformation.Platform.Links;
using Transformation.Platform.Telemetry;

namespace Transformation.Tests.Telemetry;

/// <summary>Emailed-link tokens never reach exported spans.</summary>
public sealed class LinkTokenRedactionTests
{
    private static readonly string Token = LinkTokens.New();

    [Theory]
    [InlineData("/links/AbC-123_xyz", "/links/[token]")]
    [InlineData("/survey/2026.0a.Zm9vYmFy?c=work", "/survey/[token]?c=work")]
    [InlineData("https://app.example.go.jp/api/survey/2026.0a.Zm9v/submit", "https://app.example.go.jp/api/survey/[token]/submit")]
    [InlineData("/care-sheets/links/tok3n", "/care-sheets/links/[token]")]
    [InlineData("/dev/sign-in?returnUrl=%2Flinks%2Ftok3n%3Flang%3Dja", "/dev/sign-in?returnUrl=%2Flinks%2F[token]%3Flang%3Dja")]
    [InlineData("GET survey/{token}", "GET survey/{token}")]
    [InlineData("/survey/{token}", "/survey/{token}")]
    [InlineData("/links?lang=ja", "/links?lang=ja")]
    [InlineData("/links/care-sheet?lang=en", "/links/care-sheet?lang=en")]
    [InlineData("/survey?c=workplace", "/survey?c=workplace")]
    [InlineData("/api/organisation/roster", "/api/organisation/roster")]
    public void Token_segments_are_blanked_and_token_free_addresses_kept(string url, string expected) =>
        Assert.Equal(expected, LinkTokenRedaction.Redact(url));

    [Fact]
    public void A_token_on_its_own_is_blanked_wherever_it_stands()
    {
        var redacted = LinkTokenRedaction.Redact($"Failed to bind parameter \"string token\" from \"{Token}\".");

        Assert.Equal("Failed to bind parameter \"string token\" from \"[token]\".", redacted);
    }

    [Fact]
    public void A_span_leaves_with_every_string_tag_its_name_and_status_redacted()
    {
        using var activity = new Activity("GET /links/" + Token);
        activity.SetTag("url.path", "/links/" + Token);
        activity.SetTag("url.full", $"http://127.0.0.1:7071/links/{Token}?lang=en");
        activity.SetTag("http.request.header.referer", "https://mail.example/read?u=/survey/2026.0a." + Token);
        activity.SetTag("custom.note", "token " + Token);
        activity.SetTag("http.response.status_code", 303);
        activity.SetStatus(ActivityStatusCode.Error, "failed at /survey/2026.0a." + Token);
        activity.Start();
        activity.Stop();

        new LinkTokenRedaction().OnEnd(activity);

        Assert.DoesNotContain(Token, activity.DisplayName, StringComparison.Ordinal);
        Assert.Equal("/links/[token]", activity.GetTagItem("url.path"));
        Assert.Equal("http://127.0.0.1:7071/links/[token]?lang=en", activity.GetTagItem("url.full"));
        Assert.All(activity.TagObjects, t => Assert.DoesNotContain(Token, t.Value?.ToString() ?? "", StringComparison.Ordinal));
        Assert.Equal(303, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("failed at /survey/[token]", activity.StatusDescription);
    }
}
