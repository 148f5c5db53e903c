using System.Net;

namespace Transformation.Platform.Mail;

/// <summary>The HTML body of a plain-text mail: the text HTML-encoded, its line breaks kept, and the named link placeholders made
/// clickable.</summary>
public static class MailHtml
{
    public static string FromText(string text, params string[] links)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(links);
        var html = WebUtility.HtmlEncode(text);
        foreach (var link in links)
        {
            var tag = MailTemplate.Tag(link);
            html = html.Replace(tag, $"<a href=\"{tag}\">{tag}</a>", StringComparison.Ordinal);
        }

        return "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><p>" + html.Replace("\n", "<br>\n",
            StringComparison.Ordinal) + "</p></body></html>";
    }
}
