namespace Transformation.ThreeSixty.Rating;

/// <summary>Placeholder of the rating part's released answers, so the reports compile before it lands: it has none.</summary>
public sealed class RatingAnswers
{
    private readonly IReadOnlyList<RatingAnswer> _none = [];

    public Task<IReadOnlyList<RatingAnswer>> ForSubjectAsync(string roundId, string subjectId, CancellationToken cancellationToken) =>
        Task.FromResult(_none);
}
