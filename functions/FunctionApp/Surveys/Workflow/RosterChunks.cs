using Transformation.Organisation;

namespace Transformation.Surveys.Workflow;

/// <summary>
/// How the cycle cuts the roster snapshot into mail chunks: each language's staff on their own, in staff-id
/// order, at most <c>size</c> a chunk. A chunk is then one mail batch in one language, so one SendGrid request
/// (1,000 personalizations) per chunk: 100,000 staff cost about 100 requests, not two per chunk. The snapshot
/// never changes, so every activity recomputes the same chunks.
/// </summary>
public static class RosterChunks
{
    public static IReadOnlyList<IReadOnlyList<StaffMember>> Of(IEnumerable<StaffMember> staff, int size)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        return staff
            .GroupBy(s => s.Language)
            .OrderBy(g => g.Key)
            .SelectMany(g => g.OrderBy(s => s.StaffId, StringComparer.Ordinal).Chunk(size))
            .Select(chunk => (IReadOnlyList<StaffMember>)chunk)
            .ToList();
    }
}
