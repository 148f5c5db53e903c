namespace Transformation.Tests.Support.CareSheets;

/// <summary>JSON bodies of POST /api/care-sheets, as a client would send them.</summary>
public static class CareSheetRequests
{
    public static Dictionary<string, object?> Childcare(DateOnly today, string note = "保育園の送迎のため、17時に退庁したいです。") => new()
    {
        ["kind"] = "childcare",
        ["childBirthYears"] = new[] { today.Year - 4, today.Year - 1 },
        ["teleworkDaysPerWeek"] = 3,
        ["flexTime"] = true,
        ["shorterHours"] = true,
        ["shorterDailyHours"] = 6,
        ["overtimeLimitHours"] = 10,
        ["leavePeriods"] = new[] { new { from = CareSheetInputs.Iso(today.AddDays(30)), to = CareSheetInputs.Iso(today.AddDays(34)) } },
        ["travelLimits"] = "宿泊を伴う出張は不可",
        ["periodFrom"] = CareSheetInputs.Iso(today),
        ["periodTo"] = CareSheetInputs.Iso(today.AddMonths(11)),
        ["note"] = note,
    };

    public static DateOnly TodayInJapan() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).DateTime);
}
