using Transformation.ThreeSixty.Rating;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// Where the reports read a subject's released answers. In the app it is the rating part's
/// <see cref="RatingAnswers"/>; a test may give answers of its own without going through rating.
/// </summary>
public interface IReleasedAnswers
{
    Task<IReadOnlyList<RatingAnswer>> ForSubjectAsync(string roundId, string subjectId, CancellationToken cancellationToken);
}

/// <summary>The released answers as the rating part keeps them.</summary>
public sealed class RatingAnswersSource(RatingAnswers answers) : IReleasedAnswers
{
    public Task<IReadOnlyList<RatingAnswer>> ForSubjectAsync(string roundId, string subjectId, CancellationToken cancellationToken) =>
        answers.ForSubjectAsync(roundId, subjectId, cancellationToken);
}
