using Transformation.Overtime.Caps;

namespace Transformation.Overtime.MyOvertime;

/// <summary>
/// What a request would make the person's totals: the month's and year's hours so far and with it, and every cap that
/// holds it on its day. Shown to the employee before requesting and to the supervisor before deciding.
/// </summary>
public sealed record OvertimeProjectionView(decimal Hours, CapAssessment Assessment, CapPolicy Policy)
{
    public decimal MonthSoFar => Math.Max(0m, Assessment.MonthTotal - Hours);

    public decimal YearSoFar => Math.Max(0m, Assessment.YearTotal - Hours);
}
