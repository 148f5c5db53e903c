using System.Globalization;
using Azure.Data.Tables;

namespace Transformation.Platform.Storage;

/// <summary>
/// A table string property holds at most 64 KiB (32K UTF-16 characters). Longer text is kept in numbered
/// properties: Html, Html1, Html2… and joined again on read.
/// </summary>
public static class LongText
{
    public const int PieceLength = 30_000;

    public static void Write(TableEntity entity, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var text = value ?? "";
        var piece = 0;
        var at = 0;
        do
        {
            var length = Math.Min(PieceLength, text.Length - at);

            // Never cut a surrogate pair in two: each half alone is not valid text.
            if (at + length < text.Length && char.IsHighSurrogate(text[at + length - 1]))
            {
                length--;
            }

            entity[PieceName(name, piece)] = text.Substring(at, length);
            at += length;
            piece++;
        }
        while (at < text.Length);
    }

    public static string Read(TableEntity entity, string name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var pieces = new List<string>();
        for (var piece = 0; entity.TryGetValue(PieceName(name, piece), out var value) && value is string text; piece++)
        {
            pieces.Add(text);
        }

        return string.Concat(pieces);
    }

    /// <summary>The property of piece <paramref name="piece"/>: the name itself, then name1, name2…</summary>
    internal static string PieceName(string name, int piece) =>
        piece == 0 ? name : name + piece.ToString(CultureInfo.InvariantCulture);
}
