namespace Transformation.Overtime.Interviews;

/// <summary>The API's list of a month's interview flags.</summary>
public sealed record InterviewListView(string Month, IReadOnlyList<InterviewFlagView> Flags);

/// <summary>
/// One flag as the health office and HR read it: who, the month and why (<c>month</c>: a month at or above the threshold;
/// <c>average</c>: an average above it), and the day the interview was held (null until recorded). No hours, no requests.
/// </summary>
public sealed record InterviewFlagView(string Month, string StaffId, string Name, string Division, string Reason, string ReasonText,
    string? HeldOn, string? RecordedBy)
{
    public static InterviewFlagView Of(InterviewFlag flag, OvertimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return new(flag.MonthKey, flag.StaffId, flag.Name, flag.DivisionName, flag.Reason == InterviewReason.Month ? "month" : "average",
            InterviewTexts.ReasonOf(flag.Reason, options).En, flag.HeldOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            flag.RecordedBy);
    }
}

/// <summary>The body of the record: the day the interview was held, like 2026-12-03.</summary>
public sealed record InterviewHeldRequest(string? HeldOn);
