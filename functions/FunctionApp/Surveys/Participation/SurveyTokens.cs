using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Transformation.Platform.Links;
using Transformation.Surveys.Cycles;

namespace Transformation.Surveys.Participation;

/// <summary>
/// Survey links: <c>{cycle}.{partition}.{secret}</c>, the secret being 256 random bits (<see cref="LinkTokens"/>).
/// The cycle and partition (a number derived from the staff id, nothing personal) let a visit find its row
/// with one point read; only the SHA-256 of the whole token is stored.
/// </summary>
public static class SurveyTokens
{
    /// <summary>
    /// Invitations of a cycle are spread over this many partitions: 100,000 staff make about 6,250 rows a
    /// partition, written in batches of 100 entities, 16 partitions in parallel (a partition takes about
    /// 2,000 writes a second). Fixed, because it is part of every link already sent.
    /// </summary>
    public const int Partitions = 16;

    public static string New(string cycleId, int partition) =>
        string.Create(CultureInfo.InvariantCulture, $"{cycleId}.{partition:x2}.{LinkTokens.New()}");

    public static bool TryParse(string? token, out string cycleId, out int partition)
    {
        cycleId = "";
        partition = 0;
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || !SurveyCycleIds.IsValid(parts[0]) || !LinkTokens.IsWellFormed(parts[2])
            || parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out partition)
            || partition >= Partitions)
        {
            return false;
        }

        cycleId = parts[0];
        return true;
    }

    /// <summary>The partition of a staff member's invitation rows: the same one for every link they are ever sent in a cycle.</summary>
    public static int PartitionOf(string staffId)
    {
        ArgumentNullException.ThrowIfNull(staffId);
        return SHA256.HashData(Encoding.UTF8.GetBytes(staffId))[0] % Partitions;
    }

    public static string PartitionKey(string cycleId, int partition) =>
        string.Create(CultureInfo.InvariantCulture, $"{cycleId}|{partition:x2}");

    public static string Hash(string token) => LinkTokens.Hash(token);

    /// <summary>
    /// The key of a submitted answer while it waits to be sealed: derived from the token itself, which is never
    /// stored, so nobody holding the tables (which keep only the token's hash) can compute it and match the
    /// waiting answer to an invitation. It lets a retried submission find its own earlier write.
    /// </summary>
    public static string SealKey(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes("survey-seal:" + token)));
    }
}
