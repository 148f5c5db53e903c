using Transformation.Overtime.Caps;

namespace Transformation.Tests.Overtime;

/// <summary>The worked examples' common ground: fiscal 2026 (April 2026 to March 2027) and the check's call.</summary>
internal static class CapExamples
{
    public static readonly FiscalYear Fy2026 = new(2026);

    public static readonly DesignationTimeline Ordinary = DesignationTimeline.Always(Designation.Ordinary);

    public static readonly DesignationTimeline OtherDirected = DesignationTimeline.Always(Designation.OtherDirected);

    /// <summary>A day of fiscal 2026: April to December in 2026, January to March in 2027.</summary>
    public static DateOnly Day(int month, int day = 10) => new(month >= 4 ? 2026 : 2027, month, day);

    public static FiscalYearTotals Hours(Designation designation, params decimal[] fromApril) =>
        FiscalYearTotals.Of(Fy2026, designation, fromApril);

    public static CapAssessment Assess(
        FiscalYearTotals year,
        DesignationTimeline designations,
        DateOnly day,
        decimal hours,
        FiscalYearTotals? previousYear = null,
        CapPolicy? policy = null,
        params PersonalCap[] personalCaps) =>
        CapCheck.Assess(new CapCheckInput(year, previousYear, designations, day, hours, personalCaps), policy ?? CapPolicy.Default);

    public static CapFigure Figure(this CapAssessment assessment, CapKind kind) => assessment.Limits.Single(l => l.Kind == kind);
}
