using System.Globalization;

namespace Transformation.Platform.Localization;

/// <summary>A text in both languages. Messages are written as pairs so neither language can be forgotten.</summary>
public sealed record Text(string Ja, string En)
{
    public string In(Language language) => language.Pick(Ja, En);

    /// <summary>
    /// The text with its placeholders ({0}, {1} …) filled in both languages: a <see cref="Text"/> value in its own
    /// language, anything else (numbers, names) as it is, in invariant form.
    /// </summary>
    public Text With(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(
            string.Format(CultureInfo.InvariantCulture, Ja, [.. values.Select(v => v is Text t ? t.Ja : v)]),
            string.Format(CultureInfo.InvariantCulture, En, [.. values.Select(v => v is Text t ? t.En : v)]));
    }
}
