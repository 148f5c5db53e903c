using System.Globalization;
using System.Text;

namespace Transformation.TeamUp.Publication;

/// <summary>
/// Keyword search over Japanese text, as staff type it: both the text and the query are normalised with NFKC
/// (full-width Latin and digits, half-width katakana, the ideographic space), case is ignored, and katakana
/// match hiragana (ペーパーレス = ぺーぱーれす). Terms are separated by spaces (half- or full-width) and all of
/// them must occur somewhere in the searched fields. A hit comes with a short excerpt of the original text around
/// the first term of the query.
/// </summary>
public static class EntrySearch
{
    /// <summary>Characters shown either side of the matched term in an excerpt.</summary>
    public const int ExcerptRadius = 30;

    /// <summary>At most this many terms are used (a query is typed by a person, not pasted from a document).</summary>
    public const int MaxTerms = 10;

    /// <summary>The terms of a query, normalised; empty for a blank query (everything matches).</summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        var normal = Fold(query ?? "").Text;
        return normal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToList();
    }

    /// <summary>Whether every term occurs in at least one of the fields.</summary>
    public static bool Matches(IEnumerable<string?> fields, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return true;
        }

        var folded = fields.Select(f => Fold(f ?? "").Text).ToList();
        return terms.All(t => folded.Any(f => f.Contains(t, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The original text around the first term (the first in query order that occurs, in the first field it occurs
    /// in), with "…" where it is cut; null when no term occurs in any field or there are no terms.
    /// </summary>
    public static string? Excerpt(IEnumerable<string?> fields, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(terms);
        var folded = fields.Where(f => !string.IsNullOrEmpty(f)).Select(f => (Original: f!, Folded: Fold(f!))).ToList();
        foreach (var term in terms)
        {
            foreach (var (field, (text, origin)) in folded)
            {
                var at = text.IndexOf(term, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var start = origin[at];
                var end = at + term.Length < origin.Length ? origin[at + term.Length] : field.Length;
                var from = Math.Max(0, start - ExcerptRadius);
                var to = Math.Min(field.Length, end + ExcerptRadius);
                var excerpt = field[from..to].ReplaceLineEndings(" ").Trim();
                return (from > 0 ? "…" : "") + excerpt + (to < field.Length ? "…" : "");
            }
        }

        return null;
    }

    /// <summary>The query form of a text (NFKC, lower case, hiragana for katakana).</summary>
    public static string Normalise(string text) => Fold(text ?? "").Text;

    /// <summary>
    /// Folds a text and keeps, for each folded character, where in the original it came from. The original is
    /// cut into a base character with the marks that follow it (so ｶﾞ composes to ガ as a whole), and each piece is
    /// normalised on its own; all characters of a piece point at the piece's start.
    /// </summary>
    private static (string Text, int[] Origin) Fold(string original)
    {
        var text = new StringBuilder(original.Length);
        var origin = new List<int>(original.Length + 1);
        var i = 0;
        while (i < original.Length)
        {
            var start = i;
            i += char.IsHighSurrogate(original[i]) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? 2 : 1;
            while (i < original.Length && IsMark(original[i]))
            {
                i++;
            }

            var piece = original[start..i];
            string normal;
            try
            {
                normal = piece.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                // A lone surrogate cannot be normalised; it cannot match anything either.
                normal = " ";
            }

            foreach (var c in normal)
            {
                text.Append(Hiragana(char.ToLowerInvariant(c)));
                origin.Add(start);
            }
        }

        return (text.ToString(), origin.ToArray());
    }

    private static bool IsMark(char c) =>
        c is '\uFF9E' or '\uFF9F' or '\u3099' or '\u309A' or '\u309B' or '\u309C'
        || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Katakana ァ–ヶ to their hiragana (ぁ–ゖ); everything else as it is.</summary>
    private static char Hiragana(char c) => c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c;
}
