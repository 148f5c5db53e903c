namespace Transformation.Tests.Support.CareSheets;

/// <summary>The sheet form as a browser posts it (field names of the page), without the anti-forgery field.</summary>
public static class CareSheetForms
{
    public static Dictionary<string, string> Childcare(DateOnly today, string note) => new()
    {
        ["kind"] = "childcare",
        ["childBirthYears"] = $"{today.Year - 4}、{today.Year - 1}",
        ["recipientRelationship"] = "",
        ["careLevel"] = "",
        ["teleworkDaysPerWeek"] = "2",
        ["flexTime"] = "yes",
        ["shorterHours"] = "yes",
        ["shorterDailyHours"] = "6",
        ["overtimeLimitHours"] = "10",
        ["leavePeriods[0].from"] = CareSheetInputs.Iso(today.AddDays(30)),
        ["leavePeriods[0].to"] = CareSheetInputs.Iso(today.AddDays(34)),
        ["leavePeriods[1].from"] = "",
        ["leavePeriods[1].to"] = "",
        ["leavePeriods[2].from"] = "",
        ["leavePeriods[2].to"] = "",
        ["travelLimits"] = "宿泊を伴う出張は不可",
        ["periodFrom"] = CareSheetInputs.Iso(today),
        ["periodTo"] = CareSheetInputs.Iso(today.AddMonths(6)),
        ["note"] = note,
    };
}
