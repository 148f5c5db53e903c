namespace Transformation.Surveys.Participation;

/// <summary>New links for the staff asked for, except those who have already answered (they get no link and no mail).</summary>
public sealed record SurveyInvitationResult(IReadOnlyList<SurveyLink> Links, IReadOnlyList<string> AlreadySubmitted);
