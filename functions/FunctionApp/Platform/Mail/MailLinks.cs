using System.Net;
using System.Text.RegularExpressions;

namespace Transformation.Platform.Mail;

/// <summary>The absolute http(s) links in a message, so a developer or a test can follow them from the outbox.</summary>
public static partial class MailLinks
{
    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', ')', ']', '\''];

    /// <summary>Links in order of first appearance, text first, without duplicates. HTML entities (&amp;amp;) are decoded.</summary>
    public static IReadOnlyList<string> Extract(string? text, string? html)
    {
        var found = new List<string>();
        Collect(text, decode: false, found);
        Collect(html, decode: true, found);
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Collect(string? content, bool decode, List<string> found)
    {
        if (string.IsNullOrEmpty(content))
        {
            return;
        }

        foreach (Match match in Url().Matches(content))
        {
            // A sentence may end right after a link; those characters are rarely the link's own.
            var link = match.Value.TrimEnd(TrailingPunctuation);
            if (decode)
            {
                link = WebUtility.HtmlDecode(link);
            }

            if (Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                found.Add(link);
            }
        }
    }

    // ASCII URL characters only: Japanese punctuation (。、」) right after a link ends it. Quotes and < > end it too (HTML attributes).
    [GeneratedRegex(@"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
