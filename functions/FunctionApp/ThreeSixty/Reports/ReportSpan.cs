namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// The subject ids whose stored reports one chunk of a round owns: every id after <see cref="After"/> (from the first
/// when null) up to and including <see cref="Through"/> (to the last when null). The chunks of one cut of the round's
/// sorted subjects own spans that never overlap and together cover every id, so a chunk that replaces everything
/// stored in its span leaves nothing of an earlier build with other chunks, and never touches another chunk's rows.
/// </summary>
public sealed record ReportSpan(string? After, string? Through)
{
    /// <summary>Every id: the span of a round built in one chunk.</summary>
    public static ReportSpan Whole { get; } = new(null, null);

    /// <summary>
    /// The span of chunk <paramref name="index"/> when the round's subjects, sorted ordinally, are cut every
    /// <paramref name="size"/>: after the previous chunk's last subject, through its own last (the last chunk to the end).
    /// </summary>
    public static ReportSpan OfChunk(IReadOnlyList<string> sortedSubjectIds, int index, int size)
    {
        ArgumentNullException.ThrowIfNull(sortedSubjectIds);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var start = (long)index * size;
        var end = start + size;
        return new ReportSpan(
            start == 0 ? null : sortedSubjectIds[(int)Math.Min(start, sortedSubjectIds.Count) - 1],
            end >= sortedSubjectIds.Count ? null : sortedSubjectIds[(int)end - 1]);
    }

    public bool Contains(string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        return (After is null || string.CompareOrdinal(subjectId, After) > 0)
            && (Through is null || string.CompareOrdinal(subjectId, Through) <= 0);
    }
}
