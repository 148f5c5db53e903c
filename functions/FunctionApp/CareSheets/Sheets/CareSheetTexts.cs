using Transformation.Platform.Localization;

namespace Transformation.CareSheets.Sheets;

/// <summary>The texts of a sheet as every reader sees it: its page (standing, content, history, links) and the form fields' frame.</summary>
public static class CareSheetTexts
{
    public static readonly Text Title = new("育児・介護シート（{0}）", "Childcare or caregiving sheet ({0})");
    public static readonly Text Content = new("内容", "Content");

    public static readonly Text State = new("状態", "State");
    public static readonly Text Submitted = new("提出日時", "Submitted");
    public static readonly Text Decision = new("判断", "Decision");
    public static readonly Text DecisionBy = new("{0}：{1}", "{0}: {1}");
    public static readonly Text DecisionByAt = new("{0}：{1}（{2}）", "{0}: {1} ({2})");
    public static readonly Text Comment = new("コメント", "Comment");

    public static readonly Text Employee = new("提出者", "Employee");
    public static readonly Text Kind = new("種別", "Kind");
    public static readonly Text Version = new("版", "Version");
    public static readonly Text Period = new("期間", "Period");
    public static readonly Text ChildBirthYears = new("お子さんの生まれ年", "Children's birth years");
    public static readonly Text Recipient = new("介護の対象者（続柄）", "Care recipient (relationship)");
    public static readonly Text CareLevel = new("要介護度", "Care level");
    public static readonly Text Telework = new("テレワーク（週）", "Telework per week");
    public static readonly Text FlexTime = new("フレックスタイム", "Flex time");
    public static readonly Text ShorterHours = new("短時間勤務", "Shorter hours");
    public static readonly Text OvertimeLimit = new("超過勤務の上限（月）", "Overtime limit per month");
    public static readonly Text PlannedLeave = new("休暇の予定", "Planned leave");
    public static readonly Text TravelLimits = new("出張の制限", "Travel limits");
    public static readonly Text Note = new("備考", "Note");
    public static readonly Text Yes = new("あり", "Yes");
    public static readonly Text No = new("なし", "No");
    public static readonly Text Days = new("{0}日", "{0} days");
    public static readonly Text Hours = new("{0}時間", "{0} hours");

    public static readonly Text History = new("経過", "History");
    public static readonly Text When = new("日時", "When");
    public static readonly Text What = new("内容", "What");
    public static readonly Text By = new("操作した人", "By");
    public static readonly Text SystemActor = new("システム", "System");
    public static readonly Text Submit = new("提出", "Submitted");
    public static readonly Text Revise = new("修正して再提出", "Revised and submitted again");
    public static readonly Text Decided = new("判断：{0}", "Decision: {0}");
    public static readonly Text Withdraw = new("取下げ", "Withdrawn");
    public static readonly Text Escalate = new("期限までに判断がなく、上位者に承認を依頼", "Not decided in time; asked the next supervisor");
    public static readonly Text EscalateTo = new("期限までに判断がなく、上位者に承認を依頼（{0}）", "Not decided in time; asked the next supervisor ({0})");
    public static readonly Text End = new("期間終了", "Period ended");
    public static readonly Text Remind = new("人事課が承認者に改めて督促", "HR reminded the approvers again");
    public static readonly Text Reassign = new("人事課が承認者を変更", "HR gave the decision to another person");
    public static readonly Text ReassignTo = new("人事課が承認者を変更（{0}）", "HR gave the decision to another person ({0})");
    public static readonly Text Resume = new("人事課がワークフローを再開", "HR started the workflow again");
    public static readonly Text Resignal = new("人事課がワークフローに再通知", "HR signalled the workflow again");

    public static readonly Text ReviseThis = new("このシートを修正する", "Revise this sheet");
    public static readonly Text YourSheets = new("提出したシートの一覧", "Your sheets");
    public static readonly Text AwaitingYou = new("承認待ちのシート", "Sheets awaiting your decision");

}
