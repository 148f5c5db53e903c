using System.Globalization;

namespace Transformation.Overtime.Summaries;

/// <summary>The month a summary is asked for: "yyyy-MM", from April 2019 (the caps' start) to this month; the last month by default.</summary>
public static class SummaryMonth
{
    public static readonly DateOnly First = new(2019, 4, 1);

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A month this app wrote ("yyyy-MM"), as in a workflow's input.</summary>
    public static DateOnly Of(string text) =>
        DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The month before <paramref name="today"/>'s: what a summary mailed at the start of a month is about.</summary>
    public static DateOnly Previous(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-1);

    /// <summary>The month asked for, or the previous one when nothing is asked; null when unreadable or out of range.</summary>
    public static DateOnly? Parse(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Previous(today);
        }

        if (!DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return null;
        }

        return month < First || month > new DateOnly(today.Year, today.Month, 1) ? null : month;
    }
}
