using Transformation.Platform.Http;

namespace Transformation.Surveys.Answering;

/// <summary>The outcome of checking sent answers: the clean answers, or every error found (then nothing may be stored).</summary>
public sealed record AnswerCheck(SurveyAnswers? Answers, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
