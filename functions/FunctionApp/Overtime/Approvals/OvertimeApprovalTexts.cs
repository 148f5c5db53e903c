using Transformation.Platform.Localization;

namespace Transformation.Overtime.Approvals;

/// <summary>The texts of the supervisor's overtime pages: the waiting requests, the decision (signed in or by link) and its answer.</summary>
public static class OvertimeApprovalTexts
{
    public static readonly Text QueueTitle = new("承認待ちの超過勤務申請", "Overtime requests to approve");
    public static readonly Text QueueIntro = new(
        "あなたの部下からの本日の超過勤務申請です。正規の勤務時間の終了までに判断してください。判断されない申請は承認されなかったことになります。",
        "Today's overtime requests from the staff who report to you. Decide before the end of regular hours: "
        + "a request not decided by then is not approved.");
    public static readonly Text NoneWaiting = new("判断を待っている申請はありません。", "No request is waiting for your decision.");
    public static readonly Text Requester = new("申請者", "Requested by");
    public static readonly Text Open = new("{0}の{1}の申請を判断する", "Decide on the request of {0} for {1}");

    public static readonly Text DecisionTitle = new("超過勤務申請の判断", "Decide on an overtime request");
    public static readonly Text RequestHeading = new("{0}の申請：{1}", "Request of {0} for {1}");
    public static readonly Text Division = new("所属", "Division");
    public static readonly Text DecideBy = new("判断の期限", "Decide by");
    public static readonly Text YourDecision = new("あなたの判断", "Your decision");
    public static readonly Text Decision = new("判断", "Decision");
    public static readonly Text Approve = new("承認する", "Approve");
    public static readonly Text Decline = new("承認しない", "Decline");
    public static readonly Text CommentLabel = new("コメント（任意）", "Comment (optional)");
    public static readonly Text SpecialDutyLabel = new("特例業務とする理由（上限を超えて承認する場合）",
        "Reason for special duty (to approve beyond a cap)");
    public static readonly Text Send = new("送信", "Send");

    public static readonly Text ApprovedDone = new("{1}の{0}の申請を承認しました。", "You approved the request of {0} for {1}.");
    public static readonly Text DeclinedDone = new("{1}の{0}の申請を承認しませんでした。", "You declined the request of {0} for {1}.");
    public static readonly Text RecordedTitle = new("判断を受け付けました", "Decision recorded");
    public static readonly Text AlreadyDecidedTitle = new("この申請は判断済みです", "This request was already decided");
    public static readonly Text DecidedBy = new("{0}が{1}に「{2}」と判断しました。", "{0} decided \"{2}\" at {1}.");
    public static readonly Text CannotDecideTitle = new("この申請は判断できません", "This request cannot be decided");
}
