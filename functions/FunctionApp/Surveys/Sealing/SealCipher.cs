using System.Security.Cryptography;
using System.Text;

namespace Transformation.Surveys.Sealing;

/// <summary>
/// AES-256-GCM for survey text at rest: "v1." + base64(nonce | tag | ciphertext). The additional data binds a
/// ciphertext to its row, so one row's content cannot be moved into another's and still open.
/// </summary>
public static class SealCipher
{
    private const string Version = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static string Encrypt(ReadOnlySpan<byte> key, string plaintext, string context)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(context));
        return Version + Convert.ToBase64String(output);
    }

    /// <summary>The plaintext, or null when the value was not sealed with this key for this context.</summary>
    public static string? Decrypt(ReadOnlySpan<byte> key, string? sealedValue, string context)
    {
        if (sealedValue is null || !sealedValue.StartsWith(Version, StringComparison.Ordinal))
        {
            return null;
        }

        byte[] input;
        try
        {
            input = Convert.FromBase64String(sealedValue[Version.Length..]);
        }
        catch (FormatException)
        {
            return null;
        }

        if (input.Length < NonceSize + TagSize)
        {
            return null;
        }

        var plain = new byte[input.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain,
                Encoding.UTF8.GetBytes(context));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    /// <summary>A draft's key, derived from the link token itself: the server stores only the token's hash, so it cannot rebuild it.</summary>
    public static byte[] DraftKey(string token) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(token), 32, Encoding.ASCII.GetBytes("survey-draft"), []);
}
