using System.Security.Cryptography;
using System.Text;

namespace Transformation.Surveys.Results.Aggregation;

/// <summary>
/// The order comments are published in: by a hash of the cycle id and the text, then the text. It depends on the
/// texts alone, never on the division, the bureau or when an answer arrived, so a comment's place in a list (the
/// ministry's, open to all staff, or a bureau's) says nothing about where it came from. The hash needs no secret:
/// anyone who could recompute the order already reads the texts it is made of. It is the same in every list and on
/// every run, so the pages, the API and a re-run of aggregation agree.
/// </summary>
internal static class CommentOrder
{
    /// <summary>A comment with its sort key, computed once however many lists it appears in.</summary>
    public readonly record struct Keyed(ulong Key, string Text);

    public static Keyed Key(string cycleId, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(cycleId + "\n" + text));
        return new Keyed(BitConverter.ToUInt64(hash, 0), text);
    }

    public static List<string> Arrange(IEnumerable<Keyed> comments) =>
        comments.OrderBy(c => c.Key).ThenBy(c => c.Text, StringComparer.Ordinal).Select(c => c.Text).ToList();
}
