using System.Globalization;
using Transformation.Platform.Localization;

namespace Transformation.Overtime.Caps;

/// <summary>The caps as the request and decision pages will show them: each cap's name, its figures, its status.</summary>
public static class OvertimeCapTexts
{
    public static readonly Text OrdinaryMonth = new("今月の超過勤務（45時間以下）", "Overtime this month (at most 45 h)");
    public static readonly Text OrdinaryYear = new("今年度の超過勤務（360時間以下）", "Overtime this fiscal year (at most 360 h)");
    public static readonly Text OtherDirectedMonth = new("今月の超過勤務（100時間未満）", "Overtime this month (under 100 h)");
    public static readonly Text OtherDirectedYear = new("今年度の超過勤務（720時間以下）", "Overtime this fiscal year (at most 720 h)");
    public static readonly Text LongMonths = new("45時間を超える月の数（年6か月まで）", "Months over 45 h (at most 6 a year)");
    public static readonly Text Average = new(
        "{0}か月平均（{1}〜{2}、月80時間以下）", "{0}-month average ({1} to {2}, at most 80 h a month)");
    public static readonly Text AfterMovePeriod = new(
        "異動後の期間の超過勤務（{0}〜{1}、30時間×{2}か月以下）",
        "Overtime since the move ({0} to {1}, at most 30 h x {2} months)");
    public static readonly Text Personal = new(
        "育児・介護シートの上限（月{0}時間以下）", "Care sheet limit (at most {0} h a month)");

    public static readonly Text UsedOfLimitHours = new("{0}時間／{1}時間", "{0} h of {1} h");
    public static readonly Text UsedOfLimitMonths = new("{0}か月／{1}か月", "{0} of {1} months");

    public static readonly Text Within = new("上限内", "Within the cap");
    public static readonly Text Warning = new("上限の{0}%以上", "{0}% of the cap or more");
    public static readonly Text Breach = new("上限を超えます", "Over the cap");

    public static readonly Text Ordinary = new("自律部署", "Ordinary division");
    public static readonly Text OtherDirected = new("他律部署", "Division with mainly other-directed work");
    public static readonly Text MoveMonth = new("他律部署からの異動月", "Month of the move from a division with other-directed work");
    public static readonly Text AfterMove = new("他律部署からの異動後", "After the move from a division with other-directed work");

    public static readonly Text NeedsSpecialDuty = new(
        "この申請は上限を超えます。特例業務として理由を記入した場合に限り承認でき、承認すると人事課に通知されます。",
        "This request goes over a cap. It can be approved only as special duty with a stated reason, and HR is then told.");
    public static readonly Text RefusedByPersonalCap = new(
        "この申請は育児・介護シートの超過勤務の上限を超えるため、特例業務としても承認できません。先にシートの見直しが必要です。",
        "This request goes over the overtime limit of the childcare or caregiving sheet, so it cannot be approved, "
        + "not even as special duty. The sheet would have to be revised first.");
    public static readonly Text SpecialDutyNoReason = new(
        "特例業務とする理由を入力してください。", "Enter the reason for treating this as special duty.");
    public static readonly Text SpecialDutyReasonTooLong = new(
        "理由は{0}文字以内で入力してください。", "The reason can be at most {0} characters.");

    public static Text Name(CapFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Kind switch
        {
            CapKind.OrdinaryMonth => OrdinaryMonth,
            CapKind.OrdinaryYear => OrdinaryYear,
            CapKind.OtherDirectedMonth => OtherDirectedMonth,
            CapKind.OtherDirectedYear => OtherDirectedYear,
            CapKind.LongMonths => LongMonths,
            CapKind.Average => Average.With(figure.Span!.Months, MonthName(figure.Span.FirstMonth), MonthName(figure.Span.LastMonth)),
            CapKind.AfterMovePeriod => AfterMovePeriod.With(
                MonthName(figure.Span!.FirstMonth), MonthName(figure.Span.LastMonth), figure.Span.Months),
            CapKind.Personal => Personal.With(Number(figure.Limit)),
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.Kind, "Unknown cap."),
        };
    }

    /// <summary>Used of limit. Rounded up to two decimals, so a total over a cap never reads as equal to it.</summary>
    public static Text Figures(CapFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Kind == CapKind.LongMonths
            ? UsedOfLimitMonths.With(Number(figure.Used), Number(figure.Limit))
            : UsedOfLimitHours.With(Number(figure.Used), Number(figure.Limit));
    }

    public static Text Status(CapFigure figure, CapPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(policy);
        return figure.Status switch
        {
            CapStatus.Breach => Breach,
            CapStatus.Warning => Warning.With(Number(policy.WarningPercent)),
            _ => Within,
        };
    }

    public static Text RegimeName(CapRegimeKind kind) => kind switch
    {
        CapRegimeKind.OtherDirected => OtherDirected,
        CapRegimeKind.MoveMonth => MoveMonth,
        CapRegimeKind.AfterMove => AfterMove,
        _ => Ordinary,
    };

    public static Text Approval(CapApproval approval) => approval switch
    {
        CapApproval.OnlyAsSpecialDuty => NeedsSpecialDuty,
        CapApproval.RefusedByPersonalCap => RefusedByPersonalCap,
        _ => Within,
    };

    public static Text Problem(SpecialDutyProblem problem) => problem switch
    {
        SpecialDutyProblem.NoReason => SpecialDutyNoReason,
        SpecialDutyProblem.ReasonTooLong => SpecialDutyReasonTooLong.With(SpecialDuty.MaxReasonLength),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "No problem to describe."),
    };

    /// <summary>"2026年10月" and "Oct 2026".</summary>
    public static Text MonthName(DateOnly month) =>
        new(month.ToString("yyyy年M月", CultureInfo.InvariantCulture), month.ToString("MMM yyyy", CultureInfo.InvariantCulture));

    private static string Number(decimal value) =>
        (Math.Ceiling(value * 100m) / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}
