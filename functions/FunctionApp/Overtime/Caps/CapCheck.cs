namespace Transformation.Overtime.Caps;

/// <summary>What the cap check is asked: one request against the person's running totals.</summary>
/// <param name="Year">The person's totals for the request day's fiscal year, without this request.</param>
/// <param name="PreviousYear">The year before (the average windows reach into it); null when it holds nothing.</param>
/// <param name="Designations">The person's designation over time (at least up to the request day).</param>
/// <param name="PersonalCaps">The limits of the person's care sheets in force; the lowest that applies on the day counts.</param>
public sealed record CapCheckInput(
    FiscalYearTotals Year,
    FiscalYearTotals? PreviousYear,
    DesignationTimeline Designations,
    DateOnly Day,
    decimal Hours,
    IReadOnlyList<PersonalCap> PersonalCaps);

/// <summary>
/// The cap check of one overtime request: the totals it would make, each cap that holds it on its day, the warnings
/// and the breaches. Pure: it reads only what it is given (two totals entities at most), never the requests.
/// </summary>
public static class CapCheck
{
    public const decimal MaxRequestHours = 24m;

    public static CapAssessment Assess(CapCheckInput input, CapPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(input.Designations);
        ArgumentNullException.ThrowIfNull(input.PersonalCaps);
        if (input.Hours is <= 0m or > MaxRequestHours)
        {
            throw new ArgumentOutOfRangeException(nameof(input), input.Hours, "A request is for more than 0 and at most 24 hours.");
        }

        var regime = CapRegime.On(input.Designations, input.Day);
        var projected = input.Year.Add(input.Day, input.Designations.On(input.Day), input.Hours);
        var month = projected.Month(input.Day).Total;
        var figures = new List<CapFigure>();
        CapFigure Figure(CapKind kind, decimal used, decimal limit, MonthSpan? span = null) =>
            new(kind, used, limit, Status(kind, used, limit, policy), span);

        switch (regime.Kind)
        {
            case CapRegimeKind.Ordinary:
                figures.Add(Figure(CapKind.OrdinaryMonth, month, CapRules.OrdinaryMonthHours));
                figures.Add(Figure(CapKind.OrdinaryYear, projected.Total, CapRules.OrdinaryYearHours));
                break;
            case CapRegimeKind.OtherDirected or CapRegimeKind.MoveMonth:
                figures.Add(Figure(CapKind.OtherDirectedMonth, month, CapRules.OtherDirectedMonthHoursUnder));
                figures.Add(Figure(CapKind.OtherDirectedYear, projected.Total, CapRules.OtherDirectedYearHours));
                figures.Add(LongMonthsFigure(projected, month, policy));
                figures.Add(AverageFigure(projected, input.PreviousYear, input.Day, policy));
                break;
            case CapRegimeKind.AfterMove:
                figures.Add(Figure(CapKind.OrdinaryMonth, month, CapRules.OrdinaryMonthHours));
                figures.Add(AfterMoveFigure(projected, regime.BecameOrdinaryOn!.Value, policy));
                figures.Add(Figure(CapKind.OtherDirectedYear, projected.Total, CapRules.OtherDirectedYearHours));
                break;
            default:
                throw new InvalidOperationException($"Unknown regime {regime.Kind}.");
        }

        if (PersonalCap.LowestOn(input.PersonalCaps, input.Day) is { } personal)
        {
            figures.Add(Figure(CapKind.Personal, month, personal.MonthlyHours));
        }

        return new CapAssessment(regime, month, projected.Total, figures);
    }

    /// <summary>
    /// The months over 45 hours with the request. Only a request whose own month is over 45 can breach this cap: one
    /// that leaves its month at 45 or less adds no month, however many there already are.
    /// </summary>
    private static CapFigure LongMonthsFigure(FiscalYearTotals projected, decimal month, CapPolicy policy)
    {
        var count = LongMonths.Count(projected);
        var status = Status(CapKind.LongMonths, count, CapRules.LongMonthsPerYear, policy);
        if (status == CapStatus.Breach && !LongMonths.IsLong(month))
        {
            status = CapStatus.Warning;
        }

        return new CapFigure(CapKind.LongMonths, count, CapRules.LongMonthsPerYear, status);
    }

    /// <summary>The window with the highest average among those containing the request's month; compared as totals.</summary>
    private static CapFigure AverageFigure(FiscalYearTotals projected, FiscalYearTotals? previousYear, DateOnly day, CapPolicy policy)
    {
        var window = MultiMonthAverages.Highest(MultiMonthAverages.Containing(projected, previousYear, day))!;
        var status = Status(CapKind.Average, window.Hours, CapRules.AverageMonthHours * window.Span.Months, policy);
        return new CapFigure(CapKind.Average, window.Average, CapRules.AverageMonthHours, status, window.Span);
    }

    /// <summary>From the month after the move month to March: at most 30 hours for each of those months, together.</summary>
    private static CapFigure AfterMoveFigure(FiscalYearTotals projected, DateOnly becameOrdinaryOn, CapPolicy policy)
    {
        var year = projected.Year;
        var first = year.MonthIndex(becameOrdinaryOn) + 1;
        var months = FiscalYear.MonthsInYear - first;
        var used = projected.Months.Skip(first).Sum(m => m.Total);
        var limit = CapRules.AfterMoveHoursPerMonth * months;
        var span = new MonthSpan(year.MonthStart(first), year.MonthStart(FiscalYear.MonthsInYear - 1));
        return new CapFigure(CapKind.AfterMovePeriod, used, limit, Status(CapKind.AfterMovePeriod, used, limit, policy), span);
    }

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
