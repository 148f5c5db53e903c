namespace Transformation.Overtime.Caps;

/// <summary>
/// A request marked as 特例業務 (第16条の2の2第2項: large-scale disasters, urgent drafting of important laws,
/// important negotiations and the like, as the ministry recognises). It exists only with a reason; HR must then
/// record the analysis of why the cap was exceeded (要因の整理、分析及び検証, 第3項).
/// </summary>
public sealed record SpecialDuty
{
    public const int MaxReasonLength = 1000;

    private SpecialDuty(string reason) => Reason = reason;

    public string Reason { get; }

    /// <summary>The mark, or null with the reason it cannot be made (no reason given, or too long a one).</summary>
    public static SpecialDuty? Create(string? reason, out SpecialDutyProblem problem)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            problem = SpecialDutyProblem.NoReason;
            return null;
        }

        if (trimmed.Length > MaxReasonLength)
        {
            problem = SpecialDutyProblem.ReasonTooLong;
            return null;
        }

        problem = SpecialDutyProblem.None;
        return new SpecialDuty(trimmed);
    }

    /// <summary>
    /// The last day for HR's analysis of overtime beyond a cap ordered on <paramref name="orderedOn"/>: six months
    /// counted from the day after the end of that fiscal year (第3項), so 30 September.
    /// </summary>
    public static DateOnly AnalysisDueBy(DateOnly orderedOn) =>
        FiscalYear.Of(orderedOn).LastDay.AddDays(1).AddMonths(6).AddDays(-1);
}

public enum SpecialDutyProblem
{
    None,
    NoReason,
    ReasonTooLong,
}
