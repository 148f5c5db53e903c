using Transformation.Platform.Localization;

namespace Transformation.Surveys.Questionnaire;

/// <summary>One statement answered on a 5-point scale (1 = strongly disagree … 5 = strongly agree).</summary>
public sealed record SurveyItem(string Id, string CategoryId, Text Statement);
