using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Transformation.Platform.Links;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Rating;

/// <summary>
/// Rater links: <c>{round}.{partition}.{secret}</c>, the secret 256 random bits (<see cref="LinkTokens"/>). The
/// round and partition let a visit find its row with one point read; only the SHA-256 of the whole token is stored.
/// </summary>
public static class RatingTokens
{
    public static string New(string roundId, int partition) =>
        string.Create(CultureInfo.InvariantCulture, $"{roundId}.{partition:x2}.{LinkTokens.New()}");

    public static bool TryParse(string? token, out string roundId, out int partition)
    {
        roundId = "";
        partition = 0;
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || !RoundIds.IsValid(parts[0]) || !LinkTokens.IsWellFormed(parts[2]) || parts[1].Length != 2
            || !int.TryParse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out partition)
            || partition >= RatingPartitions.Max)
        {
            partition = 0;
            return false;
        }

        roundId = parts[0];
        return true;
    }

    public static string PartitionKey(string roundId, int partition) =>
        string.Create(CultureInfo.InvariantCulture, $"{roundId}|{partition:x2}");

    public static string Hash(string token) => LinkTokens.Hash(token);

    /// <summary>
    /// The key of a submitted rating while it waits sealed: derived from the token (never stored) and the subject,
    /// so nobody holding the tables can match a waiting rating to a rater; a retried submission finds its own write.
    /// </summary>
    public static string SealKey(string token, string subjectId)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(subjectId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("360-seal:" + token + ":" + subjectId)));
    }
}
