namespace Transformation.ThreeSixty.Assignments;

/// <summary>
/// Turns the subjects' circles into one list per rater: what each rater rates and as whom. Raters are ordered by
/// staff id, each rater's subjects by subject id (then group), so the same circles always give the same plan.
/// </summary>
public static class AssignmentPlan
{
    public static IReadOnlyList<RaterAssignments> Build(IEnumerable<SubjectCircle> circles)
    {
        ArgumentNullException.ThrowIfNull(circles);
        var byRater = new Dictionary<string, List<Assignment>>(StringComparer.Ordinal);
        foreach (var circle in circles)
        {
            foreach (var (rater, group) in circle.Raters())
            {
                if (!byRater.TryGetValue(rater, out var list))
                {
                    byRater[rater] = list = [];
                }

                list.Add(new Assignment(circle.SubjectId, group));
            }
        }

        var plan = new List<RaterAssignments>(byRater.Count);
        foreach (var (rater, list) in byRater.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            list.Sort(static (a, b) =>
            {
                var bySubject = string.CompareOrdinal(a.SubjectId, b.SubjectId);
                return bySubject != 0 ? bySubject : a.Group.CompareTo(b.Group);
            });
            plan.Add(new RaterAssignments(rater, list));
        }

        return plan;
    }
}
