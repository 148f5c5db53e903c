using System.Globalization;

namespace Transformation.Overtime.Interviews;

/// <summary>A month as the interview table, the addresses and the pages write it: "2026-11".</summary>
public static class InterviewMonths
{
    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);
}
