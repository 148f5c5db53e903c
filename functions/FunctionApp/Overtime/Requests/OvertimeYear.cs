using Transformation.Overtime.Caps;

namespace Transformation.Overtime.Requests;

/// <summary>
/// One person's running totals for a fiscal year, as stored (minutes, exact), and the designations they had in it (the
/// changes their requests saw), so the cap regime of a mover needs no further read.
/// </summary>
public sealed record OvertimeYear(string StaffId, FiscalYear Year, IReadOnlyList<int> OrdinaryMinutes,
    IReadOnlyList<int> OtherDirectedMinutes, IReadOnlyList<DesignationChange> Designations)
{
    public static OvertimeYear Empty(string staffId, FiscalYear year) => new(staffId, year,
        new int[FiscalYear.MonthsInYear], new int[FiscalYear.MonthsInYear], []);

    public FiscalYearTotals Totals => new(Year, Enumerable.Range(0, FiscalYear.MonthsInYear)
        .Select(i => new MonthHours(OrdinaryMinutes[i] / 60m, OtherDirectedMinutes[i] / 60m)));

    public DesignationTimeline Timeline => new(Designations);

    public int MonthMinutes(DateOnly day) => OrdinaryMinutes[Year.MonthIndex(day)] + OtherDirectedMinutes[Year.MonthIndex(day)];

    public int YearMinutes => OrdinaryMinutes.Sum() + OtherDirectedMinutes.Sum();

    /// <summary>The totals with <paramref name="minutes"/> (negative to take back) counted on a day under a designation.</summary>
    public OvertimeYear Add(DateOnly day, Designation designation, int minutes)
    {
        if (minutes == 0)
        {
            return this;
        }

        var index = Year.MonthIndex(day);
        var ordinary = OrdinaryMinutes.ToArray();
        var other = OtherDirectedMinutes.ToArray();
        var target = designation == Designation.OtherDirected ? other : ordinary;
        target[index] = Math.Max(0, target[index] + minutes);
        return this with { OrdinaryMinutes = ordinary, OtherDirectedMinutes = other };
    }

    /// <summary>
    /// The timeline with the day's designation, when it differs from what the stored changes say for that day: the person
    /// moved, or their division was redesignated. Dated by the day the app first saw it (the first request after the move).
    /// </summary>
    public OvertimeYear Seeing(DateOnly day, Designation designation)
    {
        if (Timeline.On(day) == designation || Designations.Any(c => c.EffectiveFrom == day))
        {
            return this;
        }

        return this with { Designations = [.. Designations.Append(new DesignationChange(day, designation)).OrderBy(c => c.EffectiveFrom)] };
    }
}
