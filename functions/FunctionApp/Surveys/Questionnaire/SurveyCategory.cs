using Transformation.Platform.Localization;

namespace Transformation.Surveys.Questionnaire;

/// <summary>A category of items: work (仕事), workplace (職場) or organisation (組織), with one optional comment box.</summary>
public sealed record SurveyCategory(string Id, Text Name, IReadOnlyList<SurveyItem> Items);
