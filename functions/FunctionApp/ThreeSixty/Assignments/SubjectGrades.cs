using Transformation.Organisation;

namespace Transformation.ThreeSixty.Assignments;

/// <summary>Who is a subject of a round: staff whose roster grade is one of the configured grades (exact, trimmed).</summary>
public static class SubjectGrades
{
    public static bool IsSubject(StaffMember person, IReadOnlyCollection<string> grades)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(grades);
        var grade = person.Grade.Trim();
        return grade.Length > 0 && grades.Any(g => string.Equals(g.Trim(), grade, StringComparison.Ordinal));
    }

    /// <summary>The subjects among <paramref name="staff"/>, ordered by staff id.</summary>
    public static IReadOnlyList<StaffMember> Select(IEnumerable<StaffMember> staff, IReadOnlyCollection<string> grades)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return [.. staff.Where(s => IsSubject(s, grades)).OrderBy(s => s.StaffId, StringComparer.Ordinal)];
    }
}
