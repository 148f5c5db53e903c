using Transformation.Platform.Localization;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;

namespace Transformation.Surveys.Answering;

/// <summary>An open survey link as read for one request: its row (with ETag), its cycle and the saved draft.</summary>
public sealed record SurveySession(string Token, LinkEntity Link, SurveyCycle Cycle, SurveyAnswers Draft)
{
    public Language Language => Languages.Parse(Link.Language);
}
