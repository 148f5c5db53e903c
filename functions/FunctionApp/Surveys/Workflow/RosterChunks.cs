using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Surveys.Participation;

namespace Transformation.Surveys.Workflow;

/// <summary>
/// How the cycle cuts the roster snapshot into mail chunks of at most <c>size</c>. A chunk is one mail batch for
/// both languages (<see cref="SurveyCycleMails.Batch"/>), so one SendGrid request (1,000 personalizations) per
/// chunk: 100,000 staff cost exactly 100 requests. A survey cycle cuts everyone together, ordered by their partition
/// in the cycle (its invitation partitions), then by staff id, so a chunk's invitation rows fill whole batch
/// transactions of one or two partitions instead of a few rows in every partition. Without partitions
/// (<c>partitions</c> null: Team-Up's seasons, which write no invitation rows) each language's staff are cut on their
/// own, in staff-id order. The snapshot and the cycle's partitions never change, so every activity computes the same
/// chunks, and an instance computes them once per snapshot (<see cref="For"/>).
/// </summary>
public static class RosterChunks
{
    private static readonly ConditionalWeakTable<RosterIndex, ConcurrentDictionary<(int Size,
        int? Partitions), Lazy<IReadOnlyList<IReadOnlyList<StaffMember>>>>> Cache = [];

    public static IReadOnlyList<IReadOnlyList<StaffMember>> Of(IEnumerable<StaffMember> staff, int size, int? partitions = null)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var ordered = partitions is { } count
            ? staff.OrderBy(s => SurveyTokens.PartitionOf(s.StaffId, count)).ThenBy(s => s.StaffId, StringComparer.Ordinal).Chunk(size)
            : staff
                .GroupBy(s => s.Language)
                .OrderBy(g => g.Key)
                .SelectMany(g => g.OrderBy(s => s.StaffId, StringComparer.Ordinal).Chunk(size));
        return ordered.Select(chunk => (IReadOnlyList<StaffMember>)chunk).ToList();
    }

    /// <summary>The chunks of a snapshot's index, computed once per index, size and partition count.</summary>
    public static IReadOnlyList<IReadOnlyList<StaffMember>> For(RosterIndex index, int size, int? partitions)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Cache.GetOrCreateValue(index).GetOrAdd((size, partitions), key => new(() => Of(index.Staff, key.Size, key.Partitions))).Value;
    }
}
