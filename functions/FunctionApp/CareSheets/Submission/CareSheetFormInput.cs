using Microsoft.AspNetCore.Http;
using Transformation.CareSheets.Sheets;
using F = Transformation.CareSheets.Sheets.CareSheetFields;

namespace Transformation.CareSheets.Submission;

/// <summary>Reads a sheet from the page's form (same field names as the API).</summary>
public static class CareSheetFormInput
{
    private static readonly char[] YearSeparators = [',', '、', '，', ' ', '　', ';', '・'];

    public static CareSheetInput Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? Value(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        // Rows beyond the usual ones come from a revision of a sheet with more leave periods.
        var leaves = Enumerable.Range(0, CareSheetValidator.MaxLeavePeriods)
            .Select(i => new LeaveInput(Value(F.LeaveFrom(i)), Value(F.LeaveTo(i)))).ToList();
        return new CareSheetInput(
            Value(F.Kind), SplitYears(Value(F.ChildBirthYears)), Value(F.RecipientRelationship), Value(F.CareLevel), Value(F.TeleworkDaysPerWeek),
            Value(F.FlexTime), Value(F.ShorterHours), Value(F.ShorterDailyHours), Value(F.OvertimeLimitHours), leaves,
            Value(F.TravelLimits), Value(F.PeriodFrom), Value(F.PeriodTo), Value(F.Note));
    }

    /// <summary>"2019, 2023" or "2019、2023": birth years as typed in one field.</summary>
    public static List<string> SplitYears(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split(YearSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
