using Transformation.Platform.Localization;

namespace Transformation.Overtime.Requests;

/// <summary>The messages of requests, decisions and actuals (pages, API problems).</summary>
public static class OvertimeTexts
{
    public static readonly Text NotInRoster = new("名簿にあなたの登録がありません。人事課に連絡してください。",
        "You are not in the roster. Please contact HR.");
    public static readonly Text NoSupervisor = new("名簿に上司の登録がないため、申請できません。人事課に連絡してください。",
        "The roster names no supervisor of yours, so there is nobody to approve a request. Please contact HR.");
    public static readonly Text TooLateToday = new("本日の申請は正規の勤務時間の終了（{0}）までです。",
        "Today's requests must be made before the end of regular hours ({0}).");
    public static readonly Text AlreadyRequested = new("本日の超過勤務は既に申請されています。",
        "Today's overtime has already been requested.");
    public static readonly Text TasksRequired = new("当日処理する業務を入力してください。", "Enter the tasks to be done today.");
    public static readonly Text TasksTooLong = new("業務は{0}文字以内で入力してください。", "The tasks can be at most {0} characters.");
    public static readonly Text TargetEndInvalid = new("目標終了時刻を「18:30」の形で入力してください。", "Enter the target end time as, e.g., 18:30.");
    public static readonly Text HoursInvalid = new(
        "見込み時間を0より大きく24以下、15分（0.25時間）単位で入力してください。",
        "Enter the estimated hours: more than 0, at most 24, in steps of a quarter hour (0.25).");
    public static readonly Text CommentTooLong = new("コメントは{0}文字以内で入力してください。", "The comment can be at most {0} characters.");
    public static readonly Text ChooseDecision = new("承認または不承認を選んでください。", "Choose approve or decline.");
    public static readonly Text NotFound = new("この超過勤務の記録は見つかりません。", "This overtime record was not found.");
    public static readonly Text NotPending = new("この申請は既に判断済みか、期限を過ぎています。", "This request was already decided or its time has passed.");
    public static readonly Text DecisionTooLate = new(
        "判断の期限（正規の勤務時間の終了）を過ぎたため、この申請は承認されませんでした。",
        "The time to decide (the end of regular hours) has passed, so this request was not approved.");
    public static readonly Text NotYourRequest = new("この申請を判断できるのは申請者の上司だけです。",
        "Only the requester's supervisor can decide on this request.");
    public static readonly Text VersionStale = new("この申請は新しく出し直されています。読み直してください。",
        "This request was made again since. Read it again.");
    public static readonly Text ActualNotApproved = new("実績を記録できるのは承認された超過勤務だけです。",
        "An actual can be recorded for approved overtime only.");
    public static readonly Text ActualTooEarly = new("実績は当日以降に記録してください。", "Record the actual on the day or later.");
    public static readonly Text ActualEndInvalid = new(
        "実際の終了時刻を「19:45」の形で入力してください（正規の勤務時間の終了から16時間以内）。",
        "Enter the actual end time as, e.g., 19:45 (within 16 hours of the end of regular hours).");
    public static readonly Text Busy = new("同時に他の変更がありました。もう一度お試しください。", "Someone changed this at the same moment. Please try again.");
}
