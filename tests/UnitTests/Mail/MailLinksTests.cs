using Transformation.Platform.Mail;

namespace Transformation.Tests.Mail;

public sealed class MailLinksTests
{
    [Fact]
    public void Links_in_japanese_text_end_at_japanese_punctuation_and_sentence_ends()
    {
        var links = MailLinks.Extract("回答はこちら：https://app.example/r/1?t=a&u=b。期限は https://app.example/help.", null);

        Assert.Equal(["https://app.example/r/1?t=a&u=b", "https://app.example/help"], links);
    }

    [Fact]
    public void Links_in_html_are_decoded_and_not_repeated()
    {
        var html = "<a href=\"https://app.example/r/1?t=a&amp;u=b\">https://app.example/r/1?t=a&amp;u=b</a> <a href='http://localhost:7071/x'>x</a>";

        var links = MailLinks.Extract("https://app.example/r/1?t=a&u=b", html);

        Assert.Equal(["https://app.example/r/1?t=a&u=b", "http://localhost:7071/x"], links);
    }

    [Fact]
    public void Only_absolute_http_links_count()
    {
        var links = MailLinks.Extract("mailto:a@example.go.jp ftp://files.example /relative/path", "<a href=\"/r/1\">x</a> <a href=\"https://\">y</a>");

        Assert.Empty(links);
    }
}
