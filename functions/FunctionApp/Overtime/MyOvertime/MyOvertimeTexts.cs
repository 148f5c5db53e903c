using System.Globalization;
using Transformation.Overtime.Requests;
using Transformation.Platform.Localization;

namespace Transformation.Overtime.MyOvertime;

/// <summary>The texts of the employee's overtime pages (the request form, the month, a day) and of the projected totals.</summary>
public static class MyOvertimeTexts
{
    public static readonly Text Title = new("超過勤務", "My overtime");
    public static readonly Text Intro = new(
        "本日の超過勤務を、正規の勤務時間の終了までに申請してください。上司が承認してはじめて超過勤務を命じられたことになります。",
        "Request today's overtime before the end of regular hours. Overtime is ordered only once your supervisor approves it.");
    public static readonly Text RequestHeading = new("本日の申請：{0}", "Today's request: {0}");
    public static readonly Text TasksLabel = new("当日処理する業務", "Tasks to be done today");
    public static readonly Text TargetEndLabel = new("目標終了時刻（例 18:30）", "Target end time (e.g. 18:30)");
    public static readonly Text HoursLabel = new("見込み時間（時間、0.25単位。例 1.5）", "Estimated hours (in quarter hours, e.g. 1.5)");
    public static readonly Text Check = new("確認", "Check");
    public static readonly Text Request = new("申請", "Request");
    public static readonly Text CheckHelp = new(
        "「確認」で、この申請による今月・今年度の合計と上限を申請前に確かめられます。",
        "Check shows what this request would make your month's and year's totals, against every cap, before you request it.");
    public static readonly Text TodayHeading = new("本日の超過勤務：{0}", "Today's overtime: {0}");
    public static readonly Text OpenDay = new("この日の詳細", "Details of this day");
    public static readonly Text MonthHeading = new("今月（{0}）の超過勤務", "This month's overtime ({0})");
    public static readonly Text NoDays = new("今月の記録はまだありません。", "Nothing recorded this month yet.");
    public static readonly Text TotalsHeading = new("これまでの合計", "Totals so far");
    public static readonly Text MonthSoFar = new("今月の合計", "This month");
    public static readonly Text YearSoFar = new("今年度の合計", "This fiscal year");
    public static readonly Text ToApproveLink = new("承認待ちの超過勤務申請（上司の方）", "Overtime requests to approve (supervisors)");

    public static readonly Text Date = new("日付", "Date");
    public static readonly Text State = new("状態", "State");
    public static readonly Text Estimate = new("見込み", "Estimate");
    public static readonly Text Actual = new("実績", "Actual");
    public static readonly Text Counted = new("計上", "Counted");
    public static readonly Text None = new("なし", "none");
    public static readonly Text Hours = new("{0}時間", "{0} h");
    public static readonly Text EndAndHours = new("{0}まで（{1}時間）", "until {0} ({1} h)");

    public static readonly Text Pending = new("承認待ち", "Waiting for approval");
    public static readonly Text Approved = new("承認済み", "Approved");
    public static readonly Text Declined = new("不承認", "Declined");
    public static readonly Text NotApproved = new("期限までに承認されず", "Not approved in time");
    public static readonly Text Unrequested = new("申請なし（勤怠記録から）", "Not requested (from the attendance record)");

    public static readonly Text DayTitle = new("{0}の超過勤務", "Overtime on {0}");
    public static readonly Text RequestPart = new("申請", "Request");
    public static readonly Text DecisionPart = new("判断", "Decision");
    public static readonly Text ActualPart = new("実績", "Actual");
    public static readonly Text Person = new("職員", "Member of staff");
    public static readonly Text Submitted = new("申請日時", "Requested at");
    public static readonly Text Approver = new("承認者", "Approver");
    public static readonly Text DecidedAt = new("判断日時", "Decided at");
    public static readonly Text Comment = new("コメント", "Comment");
    public static readonly Text SpecialDuty = new("特例業務の理由", "Reason for special duty");
    public static readonly Text NotDecided = new("まだ判断されていません。", "Not decided yet.");
    public static readonly Text NoActual = new("まだ記録されていません。", "Not recorded yet.");
    public static readonly Text ActualSourceEmployee = new("本人が記録", "recorded by the employee");
    public static readonly Text ActualSourceImport = new("勤怠システムから", "from the attendance system");
    public static readonly Text ActualEndLabel = new("実際の終了時刻（例 19:45）", "Actual end time (e.g. 19:45)");
    public static readonly Text RecordActual = new("実績を記録", "Record the actual");
    public static readonly Text CorrectActual = new("実績を訂正", "Correct the actual");
    public static readonly Text ActualHelp = new(
        "実際に勤務を終えた時刻を記録してください。見込み時間に代わって合計に計上されます。",
        "Record when you actually finished. It replaces the estimate in your totals.");

    public static readonly Text Requested = new("申請しました。上司の判断をお待ちください。", "Requested. Your supervisor will decide on it.");
    public static readonly Text ActualRecorded = new("実績を記録しました。", "The actual was recorded.");
    public static readonly Text BadDate = new("日付は「2026-11-30」の形で指定してください。", "Give the date as, e.g., 2026-11-30.");
    public static readonly Text CannotRequestTitle = new("申請できません", "The request cannot be made");

    public static readonly Text ProjectionHeading = new("この申請による合計と上限", "Totals and caps with this request");
    public static readonly Text Regime = new("上限の区分：{0}", "Caps that apply: {0}");
    public static readonly Text TotalsCaption = new("合計（これまで／この申請後）", "Totals (so far and with this request)");
    public static readonly Text Period = new("期間", "Period");
    public static readonly Text SoFar = new("これまで", "So far");
    public static readonly Text WithRequest = new("この申請後", "With this request");
    public static readonly Text CapsCaption = new("上限ごとの見込み", "Each cap with this request");
    public static readonly Text Cap = new("上限", "Cap");
    public static readonly Text Figures = new("時間・月数", "Hours or months");
    public static readonly Text Status = new("状況", "Status");
    public static readonly Text WarningsHeading = new("注意", "Warnings");

    public static Text StateName(OvertimeState state) => state switch
    {
        OvertimeState.Pending => Pending,
        OvertimeState.Approved => Approved,
        OvertimeState.Declined => Declined,
        OvertimeState.NotApproved => NotApproved,
        _ => Unrequested,
    };

    /// <summary>Hours rounded up to two decimals (as the caps show them), so a total over a cap never reads as equal to it.</summary>
    public static Text HoursOf(decimal hours) => Hours.With(Number(hours));

    public static string Number(decimal hours) => (Math.Ceiling(hours * 100m) / 100m).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026年11月30日（月）" and "Mon 30 Nov 2026".</summary>
    public static Text DayName(DateOnly day)
    {
        var weekday = "日月火水木金土"[(int)day.DayOfWeek];
        return new(day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) + "（" + weekday + "）",
            day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture));
    }
}
