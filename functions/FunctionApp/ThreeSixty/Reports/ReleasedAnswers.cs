using Transformation.ThreeSixty.Rating;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// Where the reports read the released answers of a chunk of subjects. In the app it is the rating part's
/// <see cref="RatingAnswers"/>; a test may give answers of its own without going through rating.
/// </summary>
public interface IReleasedAnswers
{
    /// <summary>The answers of every one of these subjects (none for a subject without released answers).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<RatingAnswer>>> ForSubjectsAsync(
        string roundId, IReadOnlyCollection<string> subjectIds, CancellationToken cancellationToken);
}

/// <summary>The released answers as the rating part keeps them.</summary>
public sealed class RatingAnswersSource(RatingAnswers answers) : IReleasedAnswers
{
    public Task<IReadOnlyDictionary<string, IReadOnlyList<RatingAnswer>>> ForSubjectsAsync(
        string roundId, IReadOnlyCollection<string> subjectIds, CancellationToken cancellationToken) =>
        answers.ForSubjectsAsync(roundId, subjectIds, cancellationToken);
}
