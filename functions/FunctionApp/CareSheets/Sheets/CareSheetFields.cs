namespace Transformation.CareSheets.Sheets;

/// <summary>The field names of a sheet: JSON properties of the API and names of the form, so errors point at the same field in both.</summary>
public static class CareSheetFields
{
    public const string Kind = "kind";
    public const string ChildBirthYears = "childBirthYears";
    public const string RecipientRelationship = "recipientRelationship";
    public const string CareLevel = "careLevel";
    public const string TeleworkDaysPerWeek = "teleworkDaysPerWeek";
    public const string FlexTime = "flexTime";
    public const string ShorterHours = "shorterHours";
    public const string ShorterDailyHours = "shorterDailyHours";
    public const string OvertimeLimitHours = "overtimeLimitHours";
    public const string LeavePeriods = "leavePeriods";
    public const string TravelLimits = "travelLimits";
    public const string PeriodFrom = "periodFrom";
    public const string PeriodTo = "periodTo";
    public const string Note = "note";

    /// <summary>Leave periods a form offers rows for (the API takes up to <see cref="CareSheetValidator.MaxLeavePeriods"/>).</summary>
    public const int FormLeaveRows = 3;

    public static string LeaveFrom(int index) => $"{LeavePeriods}[{index}].from";

    public static string LeaveTo(int index) => $"{LeavePeriods}[{index}].to";
}
