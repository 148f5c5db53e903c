using Transformation.Platform.Localization;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>One line of a feedback sheet: an item, a category or the overall score, set against last year, the bureau and the ministry.</summary>
/// <param name="Bureau">The bureau's mean (division sheets only, and only when the bureau is shown).</param>
/// <param name="Respondents">Answers (or respondents) behind it; null when it is suppressed or not in the results.</param>
/// <param name="GapToMinistry">This group's mean minus the ministry's.</param>
/// <param name="Suppressed">Too few answers to show for this group (or hidden to protect another group's).</param>
public sealed record FeedbackRow(
    string Id,
    Text Label,
    int? Respondents,
    double? Mean,
    double? Favourable,
    double? LastYear,
    double? Change,
    double? Bureau,
    double? Ministry,
    double? GapToMinistry,
    Rank? Rank,
    bool Suppressed = false);
