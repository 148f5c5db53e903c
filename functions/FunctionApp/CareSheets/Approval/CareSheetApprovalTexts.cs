using Transformation.Platform.Localization;

namespace Transformation.CareSheets.Approval;

/// <summary>The texts of the approver's pages: the sheets awaiting a decision, the decision form, the approval link's pages.</summary>
public static class CareSheetApprovalTexts
{
    public static readonly Text QueueTitle = new("承認待ちの育児・介護シート", "Sheets awaiting your decision");
    public static readonly Text Recorded = new("判断（{0}）を記録しました。本人に通知します。", "Your decision ({0}) was recorded. The employee will be told.");
    public static readonly Text NoneAwaiting = new("あなたの判断を待っているシートはありません。", "No sheet awaits your decision.");
    public static readonly Text Employee = new("提出者", "Employee");
    public static readonly Text Kind = new("種別", "Kind");
    public static readonly Text Period = new("期間", "Period");
    public static readonly Text Version = new("版", "Version");
    public static readonly Text LastChange = new("最終更新", "Last change");
    public static readonly Text Open = new("開く", "Open");
    public static readonly Text ReadAndDecide = new("内容を確認して判断する", "Read and decide");
    public static readonly Text YourOwnSheets = new("自分が提出したシートの一覧", "Your own sheets");

    public static readonly Text YourDecision = new("判断", "Your decision");
    public static readonly Text Decision = new("判断", "Decision");
    public static readonly Text CommentLabel = new("コメント（差戻し・却下の場合は必須）", "Comment (required to return or decline)");
    public static readonly Text Send = new("送信する", "Send");
    public static readonly Text ChooseDecision = new("承認・差戻し・却下のいずれかを選んでください。", "Choose approve, return or decline.");

    public static readonly Text CannotDecideTitle = new("判断できません", "You cannot decide on this sheet");
    public static readonly Text CurrentApproverOnly = new("このシートを判断できるのは、現在の承認者だけです。", "Only the sheet's current approver can decide on it.");
    public static readonly Text NotRecordedTitle = new("判断できませんでした", "Your decision was not recorded");
    public static readonly Text WithdrawnNoDecision = new(
        "このシートは本人により取り下げられました。判断は不要です。", "This sheet was withdrawn by the employee. No decision is needed.");
    public static readonly Text NewerVersion = new(
        "このシートは本人が修正し、第{0}版が提出されています。最新の内容を確認してから判断してください。",
        "The employee has revised this sheet; version {0} has been submitted. Please read the latest version before deciding.");
    public static readonly Text DecidedFirst = new(
        "このシートは{1}に{0}さんが判断済みです（{2}）。あなたの判断は記録されていません。",
        "{0} already decided on this sheet on {1} ({2}). Your decision was not recorded.");
    public static readonly Text NotDecidable = new("このシートは現在判断できる状態ではありません。", "This sheet cannot be decided now.");
    public static readonly Text ShowSheet = new("シートを表示する", "Show the sheet");
    public static readonly Text BackToQueue = new("承認待ちのシートの一覧へ", "Back to the sheets awaiting your decision");

    public static readonly Text LinkTitle = new("育児・介護シートの承認", "Approval of a childcare or caregiving sheet");
    public static readonly Text ReceivedTitle = new("受け付けました", "Decision recorded");
    public static readonly Text Received = new("判断（{0}）を受け付けました。{1}さんに通知します。", "Your decision ({0}) was recorded. {1} will be told.");
    public static readonly Text AlreadyDecidedTitle = new("判断済みのシート", "Already decided");
    public static readonly Text WithdrawnNoAction = new(
        "このシートは本人により取り下げられました。対応は不要です。", "This sheet was withdrawn by the employee. No action is needed.");
    public static readonly Text DecidedBy = new("このシートは{1}に{0}さんが判断済みです（{2}）。", "{0} already decided on this sheet on {1} ({2}).");
}
