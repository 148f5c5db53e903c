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
    /// Invitations of a cycle opened now are spread over this many partitions: 100,000 staff make about 3,100
    /// rows a partition, written in batches of 100 entities. The count is stored with the cycle when it opens
    /// (<see cref="SurveyCycle.Partitions"/>) and never changes for that cycle, because the partition
    /// is part of every link already sent; changing this constant only affects cycles opened later. Smaller
    /// partitions keep each write's key check cheap (the local storage emulator checks a new row's key
    /// against every row of its partition).
    /// </summary>
    public const int Partitions = 64;

    /// <summary>The most a token can name: two hex digits.</summary>
    public const int MaxPartitions = 256;

    public static string New(string cycleId, int partition) =>
        string.Create(CultureInfo.InvariantCulture, $"{cycleId}.{partition:x2}.{LinkTokens.New()}");

    public static bool TryParse(string? token, out string cycleId, out int partition)
    {
        cycleId = "";
        partition = 0;
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || !SurveyCycleIds.IsValid(parts[0]) || !LinkTokens.IsWellFormed(parts[2])
            || parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out partition)
            || partition >= MaxPartitions)
        {
            return false;
        }

        cycleId = parts[0];
        return true;
    }

    /// <summary>
    /// The partition of a staff member's invitation rows in a cycle of <paramref name="partitions"/> partitions:
    /// the same one for every link they are ever sent in that cycle.
    /// </summary>
    public static int PartitionOf(string staffId, int partitions)
    {
        ArgumentNullException.ThrowIfNull(staffId);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(partitions, MaxPartitions);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(staffId), hash);
        return hash[0] % partitions;
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
