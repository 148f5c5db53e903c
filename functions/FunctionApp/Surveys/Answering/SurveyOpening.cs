using Transformation.Platform.Localization;

namespace Transformation.Surveys.Answering;

/// <summary>The outcome of opening a link: a session, or the refusal (with the link's language and cycle when known).</summary>
public sealed record SurveyOpening(SurveySession? Session, SurveyRefusal? Refusal, Language? Language)
{
    public static SurveyOpening Refused(SurveyRefusal refusal, Language? language = null) => new(null, refusal, language);
}
