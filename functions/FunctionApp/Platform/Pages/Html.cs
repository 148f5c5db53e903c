using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Transformation.Platform.Pages;

/// <summary>
/// A fragment of HTML that is safe to send: either encoded from a value or written by our own code.
/// Pages are built only from these, so a value can reach the browser only through the encoder.
/// </summary>
/// <remarks>
/// Write attributes with double quotes (<c>value="{x}"</c>): the encoder escapes &lt; &gt; &amp; " and ',
/// so a value cannot leave its quoted attribute or its element. A URL from a user still needs its scheme
/// checked before it goes into href (encoding does not stop <c>javascript:</c>).
/// </remarks>
public sealed class Html
{
    /// <summary>
    /// Escapes every HTML-significant character but leaves Japanese as it is. <see cref="HtmlEncoder.Default"/>
    /// allows only Basic Latin and would turn every kana and kanji into a numeric entity: still displayed,
    /// but pages three times larger and unreadable in source, logs and tests.
    /// </summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    public static Html Empty { get; } = new("");

    private readonly string _value;

    private Html(string value) => _value = value;

    /// <summary>A value shown as text: encoded.</summary>
    public static Html Text(string? value) => new(value is null ? "" : Encoder.Encode(value));

    /// <summary>Markup written by our own code. Never pass anything that came from a request, a roster or storage.</summary>
    public static Html Raw(string trusted) => new(trusted ?? "");

    /// <summary>
    /// Fills a template written in code: arguments that are <see cref="Html"/> go in as they are,
    /// every other argument is formatted (invariant culture, with its format string) and encoded.
    /// </summary>
    public static Html Format(FormattableString template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(string.Format(EncodingFormatter.Instance, template.Format, template.GetArguments()));
    }

    public static Html Join(IEnumerable<Html> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part._value);
        }

        return new(builder.ToString());
    }

    public static Html Join(params Html[] parts) => Join((IEnumerable<Html>)parts);

    public override string ToString() => _value;

    /// <summary>Formats each argument of a template, encoding all but <see cref="Html"/>.</summary>
    private sealed class EncodingFormatter : IFormatProvider, ICustomFormatter
    {
        public static readonly EncodingFormatter Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
        {
            null => "",
            Html html => html._value,
            IFormattable formattable => Encoder.Encode(formattable.ToString(format, CultureInfo.InvariantCulture)),
            _ => Encoder.Encode(arg.ToString() ?? ""),
        };
    }
}
