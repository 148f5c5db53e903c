namespace Transformation.CareSheets.Sheets;

/// <summary>
/// What the employee wrote, validated. Holds family and health information: never log it, and show it
/// only to the employee, the approvers on its route and HR.
/// </summary>
/// <param name="CareLevel">A code of <see cref="CareLevels"/> (caregiving only).</param>
/// <param name="ShorterDailyHours">Hours a day when shorter hours are asked for; null otherwise.</param>
public sealed record CareSheetContent(
    CareSheetKind Kind,
    IReadOnlyList<int> ChildBirthYears,
    string? RecipientRelationship,
    string? CareLevel,
    int? TeleworkDaysPerWeek,
    bool FlexTime,
    decimal? ShorterDailyHours,
    int? OvertimeLimitHours,
    IReadOnlyList<LeavePeriod> LeavePeriods,
    string? TravelLimits,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string? Note);
