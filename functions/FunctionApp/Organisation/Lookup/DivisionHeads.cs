namespace Transformation.Organisation.Lookup;

/// <summary>
/// Who heads a division. Rule 1: a member whose grade is one of the configured head grades; the list is in
/// order of precedence (課長 before 室長), and among equals the one whose supervisor is outside the division
/// wins, then the lowest staff id. Rule 2, when nobody holds a head grade: the member whose supervisor is
/// outside the division (or who has none), i.e. the one the division reports up through; among several, the
/// one with most direct reports inside the division, then the lowest staff id.
/// </summary>
public static class DivisionHeads
{
    public static (StaffMember Head, DivisionHeadRule Rule) Pick(IReadOnlyList<StaffMember> members, IReadOnlyList<string> headGrades)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(headGrades);
        if (members.Count == 0)
        {
            throw new ArgumentException("A division has at least one member.", nameof(members));
        }

        var inDivision = members.Select(m => m.StaffId).ToHashSet(StringComparer.Ordinal);
        bool ReportsOutside(StaffMember m) => m.SupervisorId is null || !inDivision.Contains(m.SupervisorId);

        var graded = members
            .Select(m => (Member: m, Rank: Rank(headGrades, m.Grade)))
            .Where(x => x.Rank >= 0)
            .OrderBy(x => x.Rank)
            .ThenBy(x => ReportsOutside(x.Member) ? 0 : 1)
            .ThenBy(x => x.Member.StaffId, StringComparer.Ordinal)
            .Select(x => x.Member)
            .FirstOrDefault();
        if (graded is not null)
        {
            return (graded, DivisionHeadRule.HeadGrade);
        }

        var reports = members
            .Where(m => m.SupervisorId is not null)
            .GroupBy(m => m.SupervisorId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var candidates = members.Where(ReportsOutside).ToList();

        // Someone always reports outside unless the division's supervisor links go round in a circle,
        // which validation rejects; the fallback keeps the answer defined all the same.
        var head = (candidates.Count > 0 ? candidates : members)
            .OrderByDescending(m => reports.GetValueOrDefault(m.StaffId))
            .ThenBy(m => m.StaffId, StringComparer.Ordinal)
            .First();
        return (head, DivisionHeadRule.SupervisorOutsideDivision);
    }

    private static int Rank(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
