using Transformation.Platform.Localization;
using Transformation.Platform.Scheduling;

namespace Transformation.Attention;

/// <summary>Why an item needs HR, and what an action did, in both languages.</summary>
public static class AttentionTexts
{
    public static readonly Text Title = new("対応が必要な項目", "Needs attention");

    public static readonly Text Intro = new(
        "承認の判断待ちが{0}を過ぎたシート、失敗したり、既に起きたことを待ち続けたりしているワークフローです。操作はすべて記録されます。",
        "Sheets waiting for a decision longer than {0}, and workflows that failed or wait for something that has already happened. "
            + "Every action is recorded.");

    public static readonly Text Empty = new("いま対応が必要な項目はありません。", "Nothing needs attention now.");
    public static readonly Text What = new("内容", "What");
    public static readonly Text Since = new("いつから", "Since");
    public static readonly Text Why = new("理由", "Why");
    public static readonly Text Actions = new("操作", "Actions");
    public static readonly Text NoAction = new("ここでできる操作はありません。", "No action can be taken here.");
    public static readonly Text NewApprover = new("新しい承認者の職員番号", "Staff id of the new approver");
    public static readonly Text SheetOf = new("{0}さんの{1}（第{2}版）", "{1} of {0} (version {2})");
    public static readonly Text AuditTrail = new("監査記録", "Audit trail");
    public static readonly Text CareSheets = new("育児・介護シート", "Care sheets");
    public static readonly Text AllSheets = new("全シートの一覧", "All care sheets");
    public static readonly Text Roster = new("職員名簿", "Staff roster");
    public static readonly Text BackToList = new("対応が必要な項目の一覧へ戻る", "Back to the list");
    public static readonly Text ActionInvalid = new("入力に誤りがあります", "The action is not valid");
    public static readonly Text ActionRefused = new("この操作はできません", "This action cannot be taken");

    public static Text WaitingLonger(Deadline setting, string submittedJa, string submittedEn) => new(
        $"{submittedJa}の提出から{AttentionFinder.Describe(setting, Language.Ja)}を過ぎても判断されていません。",
        $"Submitted on {submittedEn} and still not decided after {AttentionFinder.Describe(setting, Language.En)}.");

    public static Text ApproverGone(string who) => new(
        $"承認者 {who} が現在の名簿にいません（異動・退職）。この人は判断できません。",
        $"The approver {who} is no longer in the roster (moved or left), so they cannot decide.");

    public static readonly Text Escalated = new(
        "上位者に回しましたが、まだ判断されていません。",
        "It was escalated to the next supervisor and is still not decided.");

    public static readonly Text NobodyAbove = new(
        "承認者の上位者が名簿にいないため、上位者に回せません。",
        "The approver has nobody above them in the roster, so it cannot be escalated.");

    public static readonly Text NoWorkflow = new(
        "判断待ちですが、承認の流れ（ワークフロー）が動いていません（開始できなかったか、停止されました）。承認者には依頼も督促も届きません。",
        "It awaits a decision but its workflow is not running (it could not start, or was stopped): the approver gets no request or reminder.");

    public static Text WorkflowFailed(string errorType) => new(
        $"ワークフローが失敗して止まっています（{(errorType.Length == 0 ? "原因不明" : errorType)}）。",
        $"The workflow failed and has stopped ({(errorType.Length == 0 ? "unknown cause" : errorType)}).");

    public static readonly Text FailedAfterDecision = new(
        "判断の後に失敗したため、判断の通知や期間終了前の見直し依頼が送られていない可能性があります。再開すると承認からやり直しになるため、ここでは再開できません。本人に直接ご連絡ください。",
        "It failed after the decision, so the notices of the decision or the review before the period ends may not have been sent. "
            + "Resuming would start from the approval again, so it is not offered here. Please contact the employee directly.");

    public static readonly Text DecisionNotSeen = new(
        "判断は記録されていますが、ワークフローがまだ判断を待っています（通知が届かなかったため）。",
        "The decision is recorded, but the workflow is still waiting for it (the signal did not arrive).");

    public static readonly Text WithdrawalNotSeen = new(
        "取下げは記録されていますが、ワークフローがまだ判断を待っています（通知が届かなかったため）。",
        "The withdrawal is recorded, but the workflow is still waiting for a decision (the signal did not arrive).");

    public static readonly Text RevisionNotSeen = new(
        "新しい版が提出されていますが、この版のワークフローがまだ判断を待っています（通知が届かなかったため）。",
        "A newer version was submitted, but this version's workflow is still waiting for a decision (the signal did not arrive).");

    public static readonly Text AwardNotSeen = new(
        "授賞の確定は記録されていますが、ワークフローがまだ確定を待っています（通知が届かなかったため）。",
        "The award decision is recorded, but the season's workflow is still waiting for it (the signal did not arrive).");

    public static readonly Text PanelNotSeen = new(
        "審査員は登録されていますが、ワークフローがまだ審査員の登録を待っています（通知が届かなかったため）。",
        "The panel is named, but the season's workflow is still waiting for it (the signal did not arrive).");

    public static Text ActionLabel(string action) => action switch
    {
        AttentionActionNames.Remind => new("もう一度督促する", "Remind again"),
        AttentionActionNames.Reassign => new("承認者を変更する", "Reassign"),
        AttentionActionNames.Resume => new("ワークフローを再開する", "Resume the workflow"),
        _ => new("通知をもう一度送る", "Re-signal the workflow"),
    };

    public static Text ProcessLabel(string process) => process switch
    {
        AttentionProcesses.CareSheet => new("育児・介護シート", "Care sheet"),
        AttentionProcesses.SurveyCycle => new("組織調査", "Survey cycle"),
        AttentionProcesses.ThreeSixtyRound => new("360度調査", "360-degree survey"),
        AttentionProcesses.Overtime => new("超過勤務", "Overtime"),
        _ => new("チームアップ・チャレンジ", "Team-Up season"),
    };

    public static Text KindLabel(string kind) => kind switch
    {
        AttentionKinds.ApprovalWaiting => new("判断待ちが長い", "Waiting for a decision"),
        AttentionKinds.WorkflowFailed => new("ワークフローの失敗", "Workflow failed"),
        AttentionKinds.WorkflowMissing => new("ワークフローが動いていない", "No workflow running"),
        _ => new("通知が届いていない", "Event not received"),
    };

    public static readonly Text NoLongerNeeded = new(
        "この項目には、もうこの操作は必要ありません（状況が変わりました）。一覧を読み込み直してください。",
        "This item no longer needs this action (things have changed since). Reload the list.");

    public static readonly Text InProgress = new(
        "同じ操作を実行中です。少し待ってから一覧を読み込み直してください。",
        "The same action is being carried out. Wait a moment, then reload the list.");

    public static readonly Text ActionIdReused = new(
        "この操作ID（actionId）は別の操作に使われています。新しい操作には新しいIDを使ってください。",
        "This actionId was used for another action. Use a new id for a new action.");

    public static Text Reminded(int count) => new(
        $"{count}人の承認者に新しいリンクで督促しました。以前のリンクは使えなくなりました。",
        $"{count} approver(s) were reminded with a fresh link; earlier links no longer work.");

    public static Text Reassigned(string who) => new(
        $"承認者を {who} に変更し、承認依頼を送りました。以前の承認者のリンクは使えなくなりました。",
        $"The decision was given to {who}, who has been asked to decide; the earlier approvers' links no longer work.");

    public static readonly Text Resumed = new("ワークフローを再開しました。", "The workflow was started again.");

    public static readonly Text Resignalled = new(
        "記録されている内容をワークフローにもう一度通知しました。", "The workflow was told again what is stored.");

    public static readonly Text RosterMissing = new(
        "職員名簿がまだ登録されていません。", "No staff roster has been imported yet.");
}
