namespace Transformation.CareSheets.Sheets;

/// <summary>
/// A sheet as sent, every value still text (from a JSON body or a form), so a wrong type is reported
/// on its field like any other mistake. Field names are those of <see cref="CareSheetFields"/>.
/// </summary>
public sealed record CareSheetInput(
    string? Kind,
    IReadOnlyList<string> ChildBirthYears,
    string? RecipientRelationship,
    string? CareLevel,
    string? TeleworkDaysPerWeek,
    string? FlexTime,
    string? ShorterHours,
    string? ShorterDailyHours,
    string? OvertimeLimitHours,
    IReadOnlyList<LeaveInput> LeavePeriods,
    string? TravelLimits,
    string? PeriodFrom,
    string? PeriodTo,
    string? Note);
