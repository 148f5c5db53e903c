using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Overtime.Interviews;

/// <summary>The interviews page: a month's flags (who, why, held or not), the thresholds for the introduction, and what was just done.</summary>
public sealed record InterviewsPageView(
    CsrfField Csrf,
    DateOnly Month,
    IReadOnlyList<InterviewRowView> Rows,
    Text Intro,
    DateOnly Today,
    Text? Notice = null,
    Text? Problem = null)
{
    public string MonthKey => InterviewMonths.Key(Month);

    public string TodayKey => Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string PreviousKey => InterviewMonths.Key(Month.AddMonths(-1));

    public string NextKey => InterviewMonths.Key(Month.AddMonths(1));
}

/// <summary>One flag on the page.</summary>
public sealed record InterviewRowView(string StaffId, string Name, string Division, Text Reason, string? HeldOn);
