namespace Transformation.Surveys.Answering;

/// <summary>
/// One submitted questionnaire, as aggregation sees it: where it came from (division and bureau, nothing that
/// identifies the person), the 1–5 score per answered item id, and the comment per category id.
/// </summary>
public sealed record SurveyResponse(
    string CycleId,
    string BureauCode,
    string DivisionCode,
    IReadOnlyDictionary<string, int> Scores,
    IReadOnlyDictionary<string, string> Comments);
