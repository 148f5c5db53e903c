using Transformation.Overtime.Caps;

namespace Transformation.Overtime.Interviews;

/// <summary>Why a month calls for a doctor's interview: its own hours, or an average over the 2 to 6 months ending with it.</summary>
public enum InterviewReason
{
    Month,
    Average,
}

/// <summary>What the rule found for a month: the reason, the hours (the month's, or the window's average) and the window's length.</summary>
public sealed record InterviewFinding(InterviewReason Reason, decimal Hours, int Months);

/// <summary>
/// 人事院規則10-4 (医師による面接指導): a month of <c>monthHours</c> or more (100), or an average above <c>averageHours</c> (80) over
/// any window of 2 to 6 months ending with the month. Counted hours are the running totals' (actuals where recorded).
/// </summary>
public static class InterviewRule
{
    public static InterviewFinding? Assess(FiscalYearTotals year, FiscalYearTotals? previousYear, DateOnly month, decimal monthHours,
        decimal averageHours)
    {
        ArgumentNullException.ThrowIfNull(year);
        var hours = year.Month(month).Total;
        if (hours >= monthHours)
        {
            return new InterviewFinding(InterviewReason.Month, hours, 1);
        }

        // Compared as totals, so no rounding of the average decides it.
        var over = MultiMonthAverages.EndingAt(year, previousYear, month).Where(w => w.Hours > averageHours * w.Span.Months);
        return MultiMonthAverages.Highest(over) is { } window
            ? new InterviewFinding(InterviewReason.Average, decimal.Round(window.Average, 2, MidpointRounding.ToPositiveInfinity), window.Span.Months)
            : null;
    }
}
