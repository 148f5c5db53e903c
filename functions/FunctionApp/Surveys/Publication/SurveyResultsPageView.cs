using Transformation.Platform.Localization;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;

namespace Transformation.Surveys.Publication;

/// <summary>The ministry-wide results page: what is published for all staff, and for HR the response rates.</summary>
/// <param name="Ministry">The ministry's published results; null until they are published.</param>
/// <param name="Categories">The questionnaire's categories and items, in the order the page lists them.</param>
/// <param name="Rates">Response rates by bureau and division, for HR only; null for everyone else.</param>
public sealed record SurveyResultsPageView(GroupResult? Ministry, IReadOnlyList<SurveyCategory> Categories, ResponseRateView? Rates);

/// <summary>One line of a results table: a category or an item (with its id), and its published score.</summary>
public sealed record ResultsLine(string? Id, Text Label, ScoreSummary? Score);
