namespace Transformation.ThreeSixty.Rating;

/// <summary>
/// How many partitions a round's raters are spread over (fixed with the round when rating opens, part of every
/// link). Raters are dealt out in turn, not hashed, so the partitions are even: 40,000 raters make 1,000 a
/// partition, and each partition's invitation is one mail request of at most 1,000 recipients (40 requests).
/// </summary>
public static class RatingPartitions
{
    public const int Count = 40;

    /// <summary>The most a token can name: two hex digits.</summary>
    public const int Max = 256;

    /// <summary>Each rater's partition: the raters in id order, dealt out in turn (the same plan gives the same answer).</summary>
    public static IReadOnlyDictionary<string, int> Deal(IEnumerable<string> raterIds, int partitions)
    {
        ArgumentNullException.ThrowIfNull(raterIds);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(partitions, Max);
        return raterIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((id, i) => (id, i))
            .ToDictionary(p => p.id, p => p.i % partitions, StringComparer.Ordinal);
    }
}
