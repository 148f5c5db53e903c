using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Transformation.Platform.Links;

/// <summary>
/// Link tokens: 256 random bits, base64url, so they fit in a URL path and cannot be guessed.
/// Storage keeps only the SHA-256 of a token. Someone who reads the table (a backup, a leaked
/// connection string, an over-broad role) then holds nothing they can click: a hash cannot be turned
/// back into its token, and with 256 random bits there is nothing to guess. A plain hash is enough
/// for that (no salt or slow hash): those defend low-entropy secrets like passwords, not random tokens.
/// </summary>
public static class LinkTokens
{
    public const int Bytes = 32;

    /// <summary>Base64url of 32 bytes without padding.</summary>
    public const int Length = 43;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Bytes];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The storage key of a token: lower-case hex SHA-256.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
    }

    /// <summary>Could this be a token we issued? Anything else is refused without asking storage.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// A short, non-secret name of a link for logs, so the lines about one link can be followed. Derived from the
    /// token under its own label, not from the stored hash: a log reader cannot match it to a row of the table.
    /// </summary>
    public static string LogId(string token) => Derived("link-log:", token, 12);

    /// <summary>
    /// Names the link a page was shown for, in a hidden field of its form, so a post made after another link
    /// replaced the token cookie (a second tab) is recognised. Not secret, and not the stored hash either.
    /// </summary>
    public static string PageId(string token) => Derived("link-page:", token, 16);

    private static string Derived(string label, string token, int length)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(label + token)))[..length];
    }
}
