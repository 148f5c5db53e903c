namespace Transformation.Overtime.SpecialDuties;

/// <summary>
/// Overtime approved beyond a cap as 特例業務, and HR's analysis of why (要因の整理・分析・検証, 第16条の2の2第3項), due six
/// months after the end of the fiscal year. Names are copied at approval, so the list reads the same after a roster change.
/// </summary>
public sealed record SpecialDutyRecord(
    int FiscalYear,
    string StaffId,
    DateOnly Day,
    string StaffName,
    string BureauName,
    string DivisionName,
    decimal Hours,
    string Reason,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    DateOnly AnalysisDue)
{
    public string? Analysis { get; init; }

    public string? AnalysedBy { get; init; }

    public DateTimeOffset? AnalysedAt { get; init; }

    public string Key => Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "_" + StaffId;
}
