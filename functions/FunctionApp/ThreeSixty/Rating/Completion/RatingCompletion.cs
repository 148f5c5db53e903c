using Transformation.ThreeSixty.Assignments;

namespace Transformation.ThreeSixty.Rating.Completion;

/// <summary>Invited and submitted raters of one group of one subject.</summary>
public sealed record GroupCount(RaterGroup Group, int Invited, int Submitted);

/// <summary>One subject's completion: how many of each group were asked and how many submitted. Never an answer.</summary>
public sealed record SubjectCompletion(string SubjectId, string Name, string Division, string BureauCode, IReadOnlyList<GroupCount> Groups)
{
    public GroupCount Of(RaterGroup group) => Groups.FirstOrDefault(g => g.Group == group) ?? new GroupCount(group, 0, 0);
}

/// <summary>One rater's completion: how many of their subjects they submitted.</summary>
public sealed record RaterCompletion(string RaterId, string Name, string BureauCode, string BureauName, string Division, int Subjects,
    int Submitted);

/// <summary>Completion counts of a round from its participation rows, by subject and by rater.</summary>
public static class RatingCompletion
{
    public static IReadOnlyList<SubjectCompletion> BySubject(IEnumerable<RaterParticipation> raters)
    {
        ArgumentNullException.ThrowIfNull(raters);
        return [.. raters.SelectMany(r => r.Subjects)
            .GroupBy(s => s.SubjectId, StringComparer.Ordinal)
            .Select(g => new SubjectCompletion(g.Key, g.First().Name, g.First().DivisionName, g.First().BureauCode,
                [.. g.GroupBy(s => s.Group).OrderBy(x => x.Key)
                    .Select(x => new GroupCount(x.Key, x.Count(), x.Count(s => s.State == SubjectState.Submitted)))]))
            .OrderBy(s => s.BureauCode, StringComparer.Ordinal).ThenBy(s => s.SubjectId, StringComparer.Ordinal)];
    }

    public static IReadOnlyList<RaterCompletion> ByRater(IEnumerable<RaterParticipation> raters)
    {
        ArgumentNullException.ThrowIfNull(raters);
        return [.. raters.Select(r => new RaterCompletion(r.RaterId, r.Name, r.BureauCode, r.BureauName, r.DivisionName, r.Subjects.Count,
                r.Submitted))
            .OrderBy(r => r.BureauCode, StringComparer.Ordinal).ThenBy(r => r.RaterId, StringComparer.Ordinal)];
    }
}
