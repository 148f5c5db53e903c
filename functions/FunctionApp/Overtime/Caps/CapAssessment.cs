namespace Transformation.Overtime.Caps;

/// <summary>The caps a request can meet. Each is the rule's (<see cref="CapRules"/>) except <see cref="Personal"/>.</summary>
public enum CapKind
{
    /// <summary>45 hours a month, included (an ordinary division; also after a move out of an other-directed one).</summary>
    OrdinaryMonth,

    /// <summary>360 hours a year, included.</summary>
    OrdinaryYear,

    /// <summary>Under 100 hours a month: 100 itself is over.</summary>
    OtherDirectedMonth,

    /// <summary>720 hours a year, included (other-directed, and a person whose division became ordinary this year).</summary>
    OtherDirectedYear,

    /// <summary>At most 6 months of the fiscal year over 45 hours.</summary>
    LongMonths,

    /// <summary>At most 80 hours a month on average over every window of 2 to 6 months.</summary>
    Average,

    /// <summary>After the move month, at most 30 hours for each remaining month of the year, in total.</summary>
    AfterMovePeriod,

    /// <summary>A care sheet's monthly limit, included.</summary>
    Personal,
}

public enum CapStatus
{
    Within,

    /// <summary>At or over the warning share of the cap (<see cref="CapPolicy.WarningShare"/>), not over the cap.</summary>
    Warning,

    /// <summary>The request would take the total over the cap.</summary>
    Breach,
}

/// <summary>
/// One cap as the request would leave it. <see cref="Used"/> and <see cref="Limit"/> are hours, except for
/// <see cref="CapKind.LongMonths"/> (months) and <see cref="CapKind.Average"/> (the window's average hours a month).
/// </summary>
/// <param name="Span">The months the figure covers, for an average window or the period after a move.</param>
public sealed record CapFigure(CapKind Kind, decimal Used, decimal Limit, CapStatus Status, MonthSpan? Span = null)
{
    /// <summary>Whether the limit itself is allowed ("at most"); only the other-directed month cap is "under".</summary>
    public bool LimitIncluded => Kind != CapKind.OtherDirectedMonth;

    public bool IsRuleCap => Kind != CapKind.Personal;
}

/// <summary>What may be done with a request, given its assessment.</summary>
public enum CapApproval
{
    /// <summary>Within every cap: may be approved.</summary>
    Allowed,

    /// <summary>
    /// Over a cap of the rule: may be approved only as 特例業務 with a stated reason (第16条の2の2第2項), after
    /// which HR records the analysis of why (第3項).
    /// </summary>
    OnlyAsSpecialDuty,

    /// <summary>
    /// Over the person's care-sheet limit: not approvable, 特例業務 or not. The exception of 第2項 lifts the caps
    /// of 第1項 only; the sheet is the person's own arrangement, to be revised first if they agree.
    /// </summary>
    RefusedByPersonalCap,
}

/// <summary>The projected totals of a request and every cap that holds it on its day.</summary>
/// <param name="MonthTotal">The month's counted hours with the request.</param>
/// <param name="YearTotal">The fiscal year's counted hours with the request.</param>
public sealed record CapAssessment(CapRegime Regime, decimal MonthTotal, decimal YearTotal, IReadOnlyList<CapFigure> Limits)
{
    public IReadOnlyList<CapFigure> Warnings => [.. Limits.Where(l => l.Status == CapStatus.Warning)];

    public IReadOnlyList<CapFigure> Breaches => [.. Limits.Where(l => l.Status == CapStatus.Breach)];

    public CapApproval Approval =>
        Breaches.Any(b => !b.IsRuleCap) ? CapApproval.RefusedByPersonalCap
        : Breaches.Count > 0 ? CapApproval.OnlyAsSpecialDuty
        : CapApproval.Allowed;

    public bool NeedsSpecialDuty => Approval == CapApproval.OnlyAsSpecialDuty;

    /// <summary>Whether the request may be approved, marked as 特例業務 (with its reason) or not.</summary>
    public bool CanApprove(SpecialDuty? specialDuty) => Approval switch
    {
        CapApproval.Allowed => true,
        CapApproval.OnlyAsSpecialDuty => specialDuty is not null,
        _ => false,
    };
}
