using Transformation.Overtime.Caps;
using Transformation.Overtime.Designations;

namespace Transformation.Overtime.Summaries;

/// <summary>How many people of a group are near a cap (at the warning share) and how many over it.</summary>
public sealed record CapCount(CapKind Kind, int Near, int Over);

/// <summary>
/// A group's figures for a month: the people with overtime counted this fiscal year up to the month, the month's and the
/// year's hours, and for every cap that holds any of them, how many are near it and how many over it.
/// </summary>
public sealed record GroupFigures(int Staff, decimal MonthHours, decimal YearHours, int NearAny, int OverAny, IReadOnlyList<CapCount> Caps);

/// <summary>One person's line in a summary.</summary>
public sealed record PersonLine(string StaffId, string DivisionCode, string DivisionName, string BureauCode, MonthStanding Standing);

/// <summary>A division head's summary: the division's figures and everyone near or over a cap, most hours first.</summary>
public sealed record DivisionSummary(DateOnly Month, string DivisionCode, string DivisionName, string BureauName, GroupFigures Figures,
    IReadOnlyList<PersonLine> NearOrOver);

/// <summary>A group of the ministry view: a bureau (code and name) or a designation.</summary>
public sealed record GroupSummary(string Code, string Name, GroupFigures Figures);

/// <summary>
/// HR's ministry view: the whole ministry, each bureau, each designation, and every person with a month over 45 h this fiscal
/// year with how many such months (most first).
/// </summary>
public sealed record MinistrySummary(DateOnly Month, GroupFigures Figures, IReadOnlyList<GroupSummary> Bureaus,
    IReadOnlyList<GroupSummary> Designations, IReadOnlyList<PersonLine> LongMonths);

/// <summary>Builds the monthly summaries from a month's rows of table OvertimeMonthTotals. Pure.</summary>
public static class MonthlySummary
{
    /// <summary>The caps in the order the pages list them.</summary>
    public static readonly IReadOnlyList<CapKind> CapOrder =
    [
        CapKind.OrdinaryMonth, CapKind.OrdinaryYear, CapKind.OtherDirectedMonth, CapKind.OtherDirectedYear, CapKind.LongMonths,
        CapKind.Average, CapKind.AfterMovePeriod,
    ];

    public static DivisionSummary ForDivision(DateOnly month, string divisionCode, IEnumerable<MonthTotal> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var own = rows.Where(r => string.Equals(r.DivisionCode, divisionCode, StringComparison.Ordinal)).ToList();
        return Division(month, divisionCode, own);
    }

    /// <summary>Every division's summary from one read of the month (what the monthly mail links to, for all heads).</summary>
    public static IReadOnlyList<DivisionSummary> ForAllDivisions(DateOnly month, IEnumerable<MonthTotal> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.GroupBy(r => r.DivisionCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Division(month, g.Key, [.. g]))];
    }

    public static MinistrySummary ForMinistry(DateOnly month, IEnumerable<MonthTotal> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var all = rows.ToList();
        var bureaus = all.GroupBy(r => r.BureauCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupSummary(g.Key, g.First().BureauName, Figures(g))).ToList();
        var designations = all.GroupBy(r => r.Standing.Designation).OrderBy(g => g.Key)
            .Select(g => new GroupSummary(DesignationNames.Of(g.Key), "", Figures(g))).ToList();
        var longMonths = all.Where(r => r.Standing.LongMonths > 0)
            .OrderByDescending(r => r.Standing.LongMonths).ThenBy(r => r.StaffId, StringComparer.Ordinal)
            .Select(Line).ToList();
        return new MinistrySummary(month, Figures(all), bureaus, designations, longMonths);
    }

    public static GroupFigures Figures(IEnumerable<MonthTotal> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var staff = 0;
        var month = 0L;
        var year = 0L;
        var nearAny = 0;
        var overAny = 0;
        var near = new int[CapOrder.Count];
        var over = new int[CapOrder.Count];
        foreach (var row in rows)
        {
            var s = row.Standing;
            staff++;
            month += s.MonthMinutes;
            year += s.YearMinutes;
            nearAny += s.Near.Count > 0 && s.Over.Count == 0 ? 1 : 0;
            overAny += s.Over.Count > 0 ? 1 : 0;
            Count(s.Near, near);
            Count(s.Over, over);
        }

        var caps = CapOrder.Select((kind, i) => new CapCount(kind, near[i], over[i])).Where(c => c.Near + c.Over > 0).ToList();
        return new GroupFigures(staff, month / 60m, year / 60m, nearAny, overAny, caps);
    }

    private static DivisionSummary Division(DateOnly month, string divisionCode, List<MonthTotal> rows)
    {
        var named = rows.FirstOrDefault();
        var nearOrOver = rows.Where(r => r.Standing.IsNearOrOver)
            .OrderByDescending(r => r.Standing.Over.Count > 0).ThenByDescending(r => r.Standing.YearMinutes)
            .ThenBy(r => r.StaffId, StringComparer.Ordinal)
            .Select(Line).ToList();
        return new DivisionSummary(month, divisionCode, named?.DivisionName ?? "", named?.BureauName ?? "", Figures(rows), nearOrOver);
    }

    private static PersonLine Line(MonthTotal row) => new(row.StaffId, row.DivisionCode, row.DivisionName, row.BureauCode, row.Standing);

    private static void Count(IReadOnlyList<CapKind> kinds, int[] counts)
    {
        foreach (var kind in kinds)
        {
            var i = IndexOf(kind);
            if (i >= 0)
            {
                counts[i]++;
            }
        }
    }

    private static int IndexOf(CapKind kind)
    {
        for (var i = 0; i < CapOrder.Count; i++)
        {
            if (CapOrder[i] == kind)
            {
                return i;
            }
        }

        return -1;
    }
}
