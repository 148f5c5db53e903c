using Transformation.Platform.Localization;

namespace Transformation.Overtime.Interviews;

/// <summary>Every text of the doctor's-interview flags: the page, the API's messages and the reasons.</summary>
public static class InterviewTexts
{
    public static readonly Text Title = new("医師による面接指導の対象者", "Doctor's interviews required");
    public static readonly Text Intro = new(
        "人事院規則10-4 により、超過勤務が1か月 {0} 時間以上、または2〜6か月の平均で {1} 時間を超えた職員には、医師による面接指導が必要です。"
        + "面接指導を行ったら、実施日を記録してください。記録されるまで、本人と健康管理室に定期的にお知らせが届きます。",
        "Under the National Personnel Authority's rule 10-4, staff whose overtime reaches {0} hours in a month, or averages over {1} hours "
        + "across 2 to 6 months, must be offered a doctor's interview. Record the day each interview was held; until then the person "
        + "and the health office are reminded.");
    public static readonly Text MonthLabel = new("対象月", "Month");
    public static readonly Text Show = new("表示する", "Show");
    public static readonly Text Previous = new("前の月", "Previous month");
    public static readonly Text Next = new("次の月", "Next month");
    public static readonly Text Name = new("氏名", "Name");
    public static readonly Text Division = new("課室", "Division");
    public static readonly Text Reason = new("理由", "Reason");
    public static readonly Text Status = new("面接指導", "Interview");
    public static readonly Text NotRecorded = new("未記録", "Not recorded");
    public static readonly Text HeldOn = new("{0} に実施", "Held on {0}");
    public static readonly Text HeldOnLabel = new("実施日", "Held on");
    public static readonly Text HeldOnFor = new("{0} さんの面接指導の実施日", "Day the interview of {0} was held");
    public static readonly Text Record = new("記録する", "Record");
    public static readonly Text None = new("この月の対象者はいません。", "Nobody is flagged for this month.");
    public static readonly Text Recorded = new("面接指導の実施を記録しました。", "The interview was recorded.");
    public static readonly Text MonthInvalid = new("対象月は 2026-11 の形で指定してください。", "Give the month like 2026-11.");
    public static readonly Text NotFound = new("その月・職員の対象者記録はありません。", "Nobody is flagged for that month and staff id.");
    public static readonly Text HeldOnInvalid = new(
        "実施日は対象月の初日から今日までの日付（2026-12-01 の形）で入力してください。",
        "The day must be from the first day of the month to today, written like 2026-12-01.");
    public static readonly Text NotRecordedProblem = new("面接指導を記録できません。", "The interview cannot be recorded.");
    public static readonly Text MonthReason = new("1か月 {0} 時間以上", "Month ≥ {0} h");
    public static readonly Text AverageReason = new("2〜6か月平均 {0} 時間超", "Average > {0} h");

    public static Text ReasonOf(InterviewReason reason, OvertimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return reason == InterviewReason.Month
            ? MonthReason.With(Hours(options.InterviewMonthHours))
            : AverageReason.With(Hours(options.InterviewAverageHours));
    }

    public static string Hours(decimal hours) => hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
