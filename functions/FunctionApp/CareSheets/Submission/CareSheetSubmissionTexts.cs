using Transformation.Platform.Localization;

namespace Transformation.CareSheets.Submission;

/// <summary>The texts of the employee's pages: the sheet form (new and revision), their list of sheets, and the refusals.</summary>
public static class CareSheetSubmissionTexts
{
    public static readonly Text NewTitle = new("育児・介護シートの提出", "Submit a childcare or caregiving sheet");
    public static readonly Text SubmitButton = new("提出する", "Submit");
    public static readonly Text EditTitle = new("育児・介護シートの修正", "Revise a childcare or caregiving sheet");
    public static readonly Text ReviseButton = new("修正して再提出する", "Submit the revision");
    public static readonly Text BackWithoutRevising = new("修正せずに一覧へ戻る", "Back to your sheets without revising");

    public static readonly Text Kind = new("種別", "Kind");
    public static readonly Text Childcare = new("育児", "Childcare");
    public static readonly Text Caregiving = new("介護", "Caregiving");
    public static readonly Text ForChildcare = new("育児の場合", "For childcare");
    public static readonly Text ChildBirthYears = new("お子さんの生まれ年（西暦、複数は「、」区切り）", "Children's birth years (comma-separated)");
    public static readonly Text ForCaregiving = new("介護の場合", "For caregiving");
    public static readonly Text Recipient = new("介護の対象者（続柄）", "Care recipient (relationship)");
    public static readonly Text CareLevel = new("要介護度", "Care level");
    public static readonly Text Choose = new("（選択してください）", "(choose)");
    public static readonly Text Arrangements = new("希望する働き方", "Requested arrangements");
    public static readonly Text Telework = new("テレワーク（週の日数、0〜5）", "Telework days per week (0-5)");
    public static readonly Text FlexTime = new("フレックスタイム", "Flex time");
    public static readonly Text ShorterHours = new("短時間勤務", "Shorter working hours");
    public static readonly Text ShorterDailyHours = new("短時間勤務の1日の勤務時間（時間、例：6）", "Daily hours when shorter (e.g. 6)");
    public static readonly Text OvertimeLimit = new("超過勤務の上限（月の時間数、0〜45）", "Overtime limit (hours per month, 0-45)");
    public static readonly Text LeaveFrom = new("休暇の予定{0}（開始日）", "Planned leave {0} (from)");
    public static readonly Text LeaveTo = new("休暇の予定{0}（終了日）", "Planned leave {0} (to)");
    public static readonly Text TravelLimits = new("出張の制限", "Travel limits");
    public static readonly Text Period = new("期間", "Period");
    public static readonly Text From = new("開始日", "From");
    public static readonly Text To = new("終了日", "To");
    public static readonly Text Note = new("備考", "Note");
    public static readonly Text Yes = new("はい", "Yes");
    public static readonly Text No = new("いいえ", "No");

    public static readonly Text Returned = new("差し戻されました", "Returned for revision");
    public static readonly Text ReturnedBy = new("{0}さんが{1}に第{2}版を差し戻しました。", "{0} returned version {2} on {1}.");
    public static readonly Text Comment = new("コメント", "Comment");
    public static readonly Text AwaitsApproval = new("このシート（第{0}版）は承認待ちです。", "This sheet (version {0}) awaits approval.");
    public static readonly Text RevisionEffect = new(
        "再提出すると第{0}版として承認をやり直します。前の版についてお送りした承認依頼のリンクは使えなくなります。",
        "Submitting makes this version {0} and starts the approval again; the links sent for the earlier version stop working.");

    public static readonly Text ListTitle = new("育児・介護シート", "Childcare and caregiving sheets");
    public static readonly Text SubmittedNotice = new(
        "シートを提出しました。上司に承認依頼のメールを送りました。", "Your sheet was submitted. Your supervisor has been asked to approve it.");
    public static readonly Text RevisedNotice = new(
        "シートを修正して再提出しました。上司に改めて承認依頼のメールを送りました。",
        "Your revised sheet was submitted. Your supervisor has been asked again to approve it.");
    public static readonly Text NoSheets = new("提出したシートはありません。", "You have not submitted any sheets.");
    public static readonly Text Version = new("版", "Version");
    public static readonly Text State = new("状態", "State");
    public static readonly Text Submitted = new("提出日時", "Submitted");
    public static readonly Text Actions = new("操作", "Actions");
    public static readonly Text Revise = new("修正する", "Revise");
    public static readonly Text Withdraw = new("取り下げる", "Withdraw");
    public static readonly Text HrAttention = new("人事：対応が必要な項目", "HR: needs attention");
    public static readonly Text SubmitNew = new("新しいシートを提出する", "Submit a new sheet");
    public static readonly Text AwaitingYou = new("承認者として判断を待っているシート", "Sheets awaiting your decision as an approver");

    public static readonly Text CannotWithdrawTitle = new("取り下げできません", "Cannot withdraw");
    public static readonly Text CannotWithdraw = new("このシートは取り下げられない状態です。", "This sheet can no longer be withdrawn.");
    public static readonly Text AccessDenied = new("アクセスできません", "Access denied");
    public static readonly Text OwnerOnly = new("シートを修正できるのは、提出した本人だけです。", "Only the employee who submitted a sheet can revise it.");

    public static readonly Text CannotReviseTitle = new("このシートは修正できません", "This sheet cannot be revised");
    public static readonly Text ApprovedCannotRevise = new(
        "このシートは承認済みのため、修正できません。内容を変更したい場合は、一覧から取り下げたうえで新しいシートを提出してください。",
        "This sheet has been approved, so it can no longer be revised. To change it, withdraw it from your list and submit a new sheet.");
    public static readonly Text DeclinedCannotRevise = new(
        "このシートは却下されたため、修正できません。必要な場合は新しいシートを提出してください。",
        "This sheet was declined, so it can no longer be revised. If you still need the arrangements, please submit a new sheet.");
    public static readonly Text WithdrawnCannotRevise = new(
        "このシートは取り下げられたため、修正できません。必要な場合は新しいシートを提出してください。",
        "This sheet was withdrawn, so it can no longer be revised. If you still need the arrangements, please submit a new sheet.");
    public static readonly Text EndedCannotRevise = new(
        "このシートは期間が終了したため、修正できません。引き続き必要な場合は新しいシートを提出してください。",
        "The period of this sheet is over, so it can no longer be revised. If you still need the arrangements, please submit a new sheet.");
    public static readonly Text WhenRevisable = new(
        "シートを修正できるのは、承認待ちまたは差戻しのときだけです。（現在の状態：{0}）",
        "A sheet can be revised only while it awaits approval or has been returned. (Current state: {0})");
    public static readonly Text BackToYourSheets = new("提出したシートの一覧へ", "Back to your sheets");
}
