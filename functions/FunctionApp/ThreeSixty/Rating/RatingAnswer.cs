using Transformation.ThreeSixty.Assignments;

namespace Transformation.ThreeSixty.Rating;

/// <summary>
/// One released rating of one subject: the subject, the rater's group, the scores and the two comments, nothing
/// else (no rater, no time). <paramref name="Scores"/> maps an item id to 1–5; an item rated "cannot judge" or left
/// empty is absent.
/// </summary>
public sealed record RatingAnswer(
    string SubjectId,
    RaterGroup Group,
    IReadOnlyDictionary<string, int> Scores,
    string? Strengths,
    string? Suggestions);
