using System.Net;
using System.Text.RegularExpressions;

namespace Transformation.Platform.Mail;

/// <summary>
/// A subject or body with <c>{{name}}</c> placeholders (a letter, then letters, digits or _), parsed once per batch.
/// Anything else between braces is plain text. Values go into HTML HTML-encoded, into text as they are.
/// </summary>
public sealed partial class MailTemplate
{
    private readonly (string Text, bool IsPlaceholder)[] _parts;

    private MailTemplate((string Text, bool IsPlaceholder)[] parts)
    {
        _parts = parts;
        Placeholders = parts.Where(p => p.IsPlaceholder).Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Placeholders { get; }

    public static MailTemplate Parse(string? template)
    {
        var text = template ?? "";
        var parts = new List<(string, bool)>();
        var at = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            if (match.Index > at)
            {
                parts.Add((text[at..match.Index], false));
            }

            parts.Add((match.Groups[1].Value, true));
            at = match.Index + match.Length;
        }

        if (at < text.Length)
        {
            parts.Add((text[at..], false));
        }

        return new MailTemplate([.. parts]);
    }

    /// <summary>The placeholder as written in a template: <c>{{name}}</c>.</summary>
    public static string Tag(string name) => "{{" + name + "}}";

    public static string Encode(string value, bool html) => html ? WebUtility.HtmlEncode(value) : value;

    public string Render(IReadOnlyDictionary<string, string> values, bool html)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Concat(_parts.Select(p => p.IsPlaceholder ? Encode(ValueOf(values, p.Text), html) : p.Text));
    }

    /// <summary>Length of <see cref="Render"/>'s result, to check sizes of a large batch without building every message.</summary>
    public long RenderedLength(IReadOnlyDictionary<string, string> values, bool html)
    {
        ArgumentNullException.ThrowIfNull(values);
        return _parts.Sum(p => (long)(p.IsPlaceholder ? Encode(ValueOf(values, p.Text), html).Length : p.Text.Length));
    }

    /// <summary>The template with each placeholder written as <paramref name="tag"/> gives (SendGrid substitution tags).</summary>
    public string Retag(Func<string, string> tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return string.Concat(_parts.Select(p => p.IsPlaceholder ? tag(p.Text) : p.Text));
    }

    private static string ValueOf(IReadOnlyDictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value)
            ? value ?? ""
            : throw new ArgumentException($"No value for placeholder {Tag(name)}.", nameof(values));

    [GeneratedRegex(@"\{\{([A-Za-z][A-Za-z0-9_]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
