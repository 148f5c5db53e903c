using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace Transformation.Platform.Telemetry;

/// <summary>
/// The token in an emailed link is a credential (survey answers, approvals). Telemetry must not carry it:
/// this processor blanks it in the span name, in every string tag (whatever the instrumentation calls its URL
/// attributes) and in the status description, before any exporter added after it sees the span.
/// </summary>
public sealed partial class LinkTokenRedaction : BaseProcessor<Activity>
{
    public const string Redacted = "[token]";

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.DisplayName = Redact(data.DisplayName);
        // Copied first: setting a tag while enumerating them would change the list being read.
        foreach (var (key, value) in data.TagObjects.ToList())
        {
            if (value is string text && Redact(text) is var redacted && !ReferenceEquals(redacted, text))
            {
                data.SetTag(key, redacted);
            }
        }

        if (data.StatusDescription is { } description && Redact(description) is var status && !ReferenceEquals(status, description))
        {
            data.SetStatus(data.Status, status);
        }
    }

    /// <summary>The value with every token blanked; the same instance when there was none.</summary>
    public static string Redact(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var blanked = TokenSegment().Replace(value, "$1" + Redacted);
        return BareToken().IsMatch(blanked) ? BareToken().Replace(blanked, Redacted) : blanked;
    }

    /// <summary>Whether the value holds a token (in a link address, or bare).</summary>
    public static bool HasToken(string? value) => !string.IsNullOrEmpty(value) && (TokenSegment().IsMatch(value) || BareToken().IsMatch(value));

    // /links/{token}, /survey/{token}, /api/survey/{token}, also URL-encoded (a returnUrl) — but not a route
    // template's {token}, nor a token-less route (/links/care-sheet).
    [GeneratedRegex(@"((?:/|%2F)(?:links|survey)(?:/|%2F))(?!\{|care-sheet(?:[/?#\s""']|$))[^/?#&\s""'%]+", RegexOptions.IgnoreCase)]
    private static partial Regex TokenSegment();

    // A link token on its own (43 base64url characters: 256 bits), wherever a message or exception put it.
    // The same shape is an unpadded base64url SHA-256, so a token's hash in that form is caught too.
    [GeneratedRegex("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex BareToken();
}
