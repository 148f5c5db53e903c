namespace Transformation.Surveys.Answering;

/// <summary>
/// What one person has answered so far (a draft) or submitted: the 1–5 score per answered item id and the
/// comment per category id. Items may be left unanswered; a missing key means "skipped".
/// </summary>
public sealed record SurveyAnswers(IReadOnlyDictionary<string, int> Scores, IReadOnlyDictionary<string, string> Comments)
{
    public static SurveyAnswers Empty { get; } = new(new Dictionary<string, int>(), new Dictionary<string, string>());

    public bool IsEmpty => Scores.Count == 0 && Comments.Count == 0;
}
