using Transformation.Overtime.Caps;
using Transformation.Overtime.Requests;

namespace Transformation.Overtime.Summaries;

/// <summary>
/// One person's figures for one month as the summaries show them, taken from their fiscal year's totals as they stood at
/// the month's end (later months left out): the month's minutes by designation, the year's so far, the months over 45 h so
/// far, the highest 2–6 month average ending with the month, and which caps of the month's regime are near (at the
/// warning share) or over. Pure.
/// </summary>
/// <param name="Designation">The person's designation on the month's last day (their division's, as their requests saw it).</param>
/// <param name="AverageMonths">The length of the window with the highest average (0 when there is none).</param>
/// <param name="AverageMinutes">The minutes counted in that window.</param>
public sealed record MonthStanding(
    Designation Designation,
    int OrdinaryMinutes,
    int OtherDirectedMinutes,
    int YearMinutes,
    int LongMonths,
    int AverageMonths,
    int AverageMinutes,
    IReadOnlyList<CapKind> Near,
    IReadOnlyList<CapKind> Over)
{
    public int MonthMinutes => OrdinaryMinutes + OtherDirectedMinutes;

    public decimal MonthHours => MonthMinutes / 60m;

    public decimal YearHours => YearMinutes / 60m;

    /// <summary>The highest 2–6 month average in hours a month (0 when no window has hours).</summary>
    public decimal HighestAverageHours => AverageMonths == 0 ? 0m : AverageMinutes / 60m / AverageMonths;

    public bool IsNearOrOver => Near.Count > 0 || Over.Count > 0;

    /// <summary>The standing of <paramref name="month"/> (any day of it) from the year that holds it and the year before.</summary>
    public static MonthStanding Of(OvertimeYear year, OvertimeYear? previous, DateOnly month, CapPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(policy);
        var index = year.Year.MonthIndex(month);
        var soFar = year with
        {
            OrdinaryMinutes = [.. year.OrdinaryMinutes.Select((m, i) => i <= index ? m : 0)],
            OtherDirectedMinutes = [.. year.OtherDirectedMinutes.Select((m, i) => i <= index ? m : 0)],
        };
        var totals = soFar.Totals;
        var previousTotals = previous is not null && previous.Year == year.Year.Previous ? previous.Totals : null;
        var window = MultiMonthAverages.Highest(MultiMonthAverages.EndingAt(totals, previousTotals, month)
            .Where(w => w.Hours > 0m));
        var monthEnd = new DateOnly(month.Year, month.Month, 1).AddMonths(1).AddDays(-1);
        var figures = Figures(totals, window, CapRegime.On(soFar.Timeline, monthEnd), index, policy);
        return new MonthStanding(
            soFar.Timeline.On(monthEnd),
            year.OrdinaryMinutes[index],
            year.OtherDirectedMinutes[index],
            soFar.YearMinutes,
            Caps.LongMonths.Count(totals),
            window?.Span.Months ?? 0,
            window is null ? 0 : (int)Math.Round(window.Hours * 60m),
            [.. figures.Where(f => f.Status == CapStatus.Warning).Select(f => f.Kind)],
            [.. figures.Where(f => f.Status == CapStatus.Breach).Select(f => f.Kind)]);
    }

    /// <summary>The caps that hold in the month's regime, as <see cref="CapCheck"/> names them, with the month's totals.</summary>
    private static List<CapFigure> Figures(FiscalYearTotals totals, AverageWindow? window, CapRegime regime, int index, CapPolicy policy)
    {
        var month = totals.Months[index].Total;
        var figures = new List<CapFigure>();
        void Add(CapKind kind, decimal used, decimal limit) => figures.Add(new CapFigure(kind, used, limit, Status(kind, used, limit, policy)));

        switch (regime.Kind)
        {
            case CapRegimeKind.OtherDirected or CapRegimeKind.MoveMonth:
                Add(CapKind.OtherDirectedMonth, month, CapRules.OtherDirectedMonthHoursUnder);
                Add(CapKind.OtherDirectedYear, totals.Total, CapRules.OtherDirectedYearHours);
                Add(CapKind.LongMonths, Caps.LongMonths.Count(totals), CapRules.LongMonthsPerYear);
                if (window is not null)
                {
                    Add(CapKind.Average, window.Hours, CapRules.AverageMonthHours * window.Span.Months);
                }

                break;
            case CapRegimeKind.AfterMove:
                var first = totals.Year.MonthIndex(regime.BecameOrdinaryOn!.Value) + 1;
                Add(CapKind.OrdinaryMonth, month, CapRules.OrdinaryMonthHours);
                Add(CapKind.AfterMovePeriod, totals.Months.Skip(first).Sum(m => m.Total),
                    CapRules.AfterMoveHoursPerMonth * (FiscalYear.MonthsInYear - first));
                Add(CapKind.OtherDirectedYear, totals.Total, CapRules.OtherDirectedYearHours);
                break;
            default:
                Add(CapKind.OrdinaryMonth, month, CapRules.OrdinaryMonthHours);
                Add(CapKind.OrdinaryYear, totals.Total, CapRules.OrdinaryYearHours);
                break;
        }

        return figures;
    }

    /// <summary>As the cap check decides it: "under 100" is over at 100; every other limit is allowed itself.</summary>
    private static CapStatus Status(CapKind kind, decimal used, decimal limit, CapPolicy policy)
    {
        var over = kind == CapKind.OtherDirectedMonth ? used >= limit : used > limit;
        if (over)
        {
            return CapStatus.Breach;
        }

        return used > 0m && used >= limit * policy.WarningShare ? CapStatus.Warning : CapStatus.Within;
    }
}
