namespace Transformation.ThreeSixty.Assignments;

/// <summary>One subject a rater rates, and as whom.</summary>
public sealed record Assignment(string SubjectId, RaterGroup Group);

/// <summary>Everything one rater rates in a round: one mail, one link, one page listing these subjects.</summary>
public sealed record RaterAssignments(string RaterId, IReadOnlyList<Assignment> Subjects);
