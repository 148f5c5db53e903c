using Transformation.Platform.Localization;

namespace Transformation.Surveys.Participation;

/// <summary>
/// A person's survey link, for the invitation or reminder email. The token exists only in this value and in
/// the email: put it in the mail in the same step and never keep it (not in orchestration state either).
/// </summary>
public sealed record SurveyLink(string StaffId, string Email, Language Language, string Token, Uri Url);
