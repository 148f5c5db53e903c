using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace Transformation.Platform.Telemetry;

/// <summary>
/// The token in an emailed link is a credential (survey answers, approvals). Telemetry must not carry it:
/// this processor blanks the token segment of every URL-shaped tag and of the span name before export.
/// </summary>
public sealed partial class LinkTokenRedaction : BaseProcessor<Activity>
{
    public const string Redacted = "[token]";

    private static readonly string[] UrlTags = ["url.path", "url.full", "url.query", "http.target", "http.url", "http.route"];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.DisplayName = Redact(data.DisplayName);
        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string value)
            {
                data.SetTag(tag, Redact(value));
            }
        }
    }

    public static string Redact(string value) =>
        string.IsNullOrEmpty(value) ? value : TokenSegment().Replace(value, "$1" + Redacted);

    // /links/{token}, /survey/{token}, /api/survey/{token}, /care-sheets/links/{token} — but not a route template's {token}.
    [GeneratedRegex(@"(/(?:links|survey)/)(?!\{)[^/?#\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex TokenSegment();
}
