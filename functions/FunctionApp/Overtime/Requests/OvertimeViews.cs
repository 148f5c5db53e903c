using System.Globalization;
using Transformation.Overtime.Caps;

namespace Transformation.Overtime.Requests;

/// <summary>One day as the API answers it. Hours are decimal hours.</summary>
public sealed record OvertimeDayView(
    string StaffId, string Day, int Version, string State, string Tasks, string? TargetEnd, decimal EstimatedHours, string ApproverId,
    string Designation, string? DecidedBy, DateTimeOffset? DecidedAt, string? Comment, string? SpecialDutyReason, string? ActualEnd,
    decimal? ActualHours, string? ActualSource, decimal CountedHours)
{
    public static OvertimeDayView Of(OvertimeDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return new(day.StaffId, day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Version, Code(day.State), day.Tasks,
            day.TargetEnd?.ToString("HH:mm", CultureInfo.InvariantCulture), day.EstimatedHours, day.ApproverId,
            Designations.DesignationNames.Of(day.Designation), day.DecidedBy, day.DecidedAt, day.Comment, day.SpecialDutyReason,
            day.ActualEnd?.ToString("HH:mm", CultureInfo.InvariantCulture), day.ActualHours, day.ActualSource, day.CountedMinutes / 60m);
    }

    /// <summary>pending, approved, declined, not-approved, unrequested.</summary>
    public static string Code(OvertimeState state) => state switch
    {
        OvertimeState.NotApproved => "not-approved",
        _ => state.ToString().ToLowerInvariant(),
    };
}

/// <summary>A cap as a request would leave it.</summary>
public sealed record CapFigureView(string Cap, decimal Used, decimal Limit, bool LimitIncluded, string Status, string? From, string? To)
{
    public static CapFigureView Of(CapFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new(figure.Kind.ToString(), figure.Used, figure.Limit, figure.LimitIncluded, figure.Status.ToString().ToLowerInvariant(),
            figure.Span?.FirstMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), figure.Span?.LastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }
}

/// <summary>The totals a request would make and every cap that holds it; approval: allowed, special-duty-only, refused-by-personal-cap.</summary>
public sealed record AssessmentView(string Regime, decimal MonthTotal, decimal YearTotal, string Approval, IReadOnlyList<CapFigureView> Caps)
{
    public static AssessmentView Of(CapAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var approval = assessment.Approval switch
        {
            CapApproval.OnlyAsSpecialDuty => "special-duty-only",
            CapApproval.RefusedByPersonalCap => "refused-by-personal-cap",
            _ => "allowed",
        };
        return new(assessment.Regime.Kind.ToString(), assessment.MonthTotal, assessment.YearTotal, approval,
            [.. assessment.Limits.Select(CapFigureView.Of)]);
    }
}

/// <summary>A day with what its request would make the totals (while pending) or nothing (once decided).</summary>
public sealed record OvertimeDayDetailView(OvertimeDayView Day, AssessmentView? Assessment);

/// <summary>A person's month: their days and the counted totals of the month and the fiscal year so far.</summary>
public sealed record OvertimeMonthView(string StaffId, string Month, decimal MonthHours, decimal YearHours, IReadOnlyList<OvertimeDayView> Days);

/// <summary>The actual end time of a day ("HH:mm").</summary>
public sealed record ActualInput(string? ActualEnd);
