using System.Security.Cryptography;
using System.Text;

namespace Transformation.Tests.Telemetry;

/// <summary>
/// Every form in which a link token could give itself away: the token, and its SHA-256 as storage keys it
/// and as it could be encoded.
/// </summary>
public static class Secrets
{
    public static IReadOnlyList<string> Of(string token)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(token));
        var hex = Convert.ToHexStringLower(hash);
        var base64 = Convert.ToBase64String(hash);
        return
        [
            token,
            Uri.EscapeDataString(token),
            hex,
            hex.ToUpperInvariant(),
            hex[..12], // the length of the short id links once had in logs
            base64,
            base64.TrimEnd('='),
            base64.TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        ];
    }

    /// <summary>Asserts that none of <paramref name="secrets"/> occurs in what the host wrote, naming where it was found.</summary>
    public static void AssertNoneIn(IEnumerable<string> secrets, params (string Where, string Text)[] written)
    {
        foreach (var secret in secrets)
        {
            foreach (var (where, text) in written)
            {
                var at = text.IndexOf(secret, StringComparison.Ordinal);
                var from = Math.Max(0, at - 300);
                Assert.True(at < 0, $"Found in {where}: …{text.Substring(from, Math.Min(600, text.Length - from))}…");
            }
        }
    }
}
