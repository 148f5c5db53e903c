using Transformation.Platform.Localization;

namespace Transformation.Surveys.Participation;

/// <summary>An invited staff member who has not answered yet (for reminders).</summary>
public sealed record SurveyParticipant(string StaffId, string BureauCode, string DivisionCode, Language Language);
