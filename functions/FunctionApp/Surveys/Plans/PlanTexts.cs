using Transformation.Platform.Localization;

namespace Transformation.Surveys.Plans;

/// <summary>The texts of the improvement plan pages (a division's plan, HR's overview) and of the plan's labels.</summary>
public static class PlanTexts
{
    /// <summary>{0}: the division, {1}: the cycle.</summary>
    public static readonly Text PlanTitle = new("カイゼン策（改善計画）：{0}（{1}）", "Improvement plan: {0} ({1})");

    /// <summary>{0}: the cycle.</summary>
    public static readonly Text ListTitle = new("カイゼン策の提出状況（{0}）", "Improvement plans: status ({0})");

    /// <summary>{0}: the bureau, {1}: the division, {2}: its head.</summary>
    public static readonly Text DivisionLine = new("{0} / {1}（課室長: {2}）", "{0} / {1} (Head: {2})");
    public static readonly Text Deadline = new("提出期限", "Deadline");
    public static readonly Text NoDate = new("-", "-");
    public static readonly Text Saved = new("下書きを保存しました。", "The draft was saved.");
    public static readonly Text Submitted = new("カイゼン策を提出しました。", "The improvement plan was submitted.");
    public static readonly Text ProgressSaved = new("進捗を報告しました。", "Your progress report was saved.");
    public static readonly Text ChangedBySomeoneElse = new(
        "この計画は他の人により更新されました。最新の内容を確認してからもう一度保存してください（入力内容は下に残っています）。",
        "Someone else changed this plan. Check the latest version and save again (what you entered is kept below).");
    public static readonly Text SaveDraft = new("下書き保存", "Save draft");
    public static readonly Text SaveAndSubmit = new("保存して提出", "Save and submit");

    public static readonly Text TargetsHeading = new("対象とする設問と目標値", "Targeted items and target scores");

    /// <summary>{0}: the row's number.</summary>
    public static readonly Text TargetRow = new("対象設問 {0}", "Targeted item {0}");
    public static readonly Text TargetItem = new("設問（[ ]内は今回の平均）", "Item ([ ] = this year's mean)");
    public static readonly Text TargetScore = new("目標値（1〜5）", "Target score (1–5)");
    public static readonly Text NoItem = new("（選択しない）", "(none)");

    /// <summary>{0}: the item's id, {1}: its statement, {2}: " [mean]" when this year's mean is shown, else empty.</summary>
    public static readonly Text ItemChoice = new("{0} {1}{2}", "{0} {1}{2}");
    public static readonly Text HiddenNote = new(
        "この課室の結果は匿名性を守るため表示されていないので、今回の平均はありません。目標値は1〜5で設定してください。",
        "This division's results are not shown, to protect anonymity, so there is no current mean; set targets between 1 and 5.");
    public static readonly Text AboveMean = new("目標値は今回の平均より高く設定してください。", "Set each target above this year's mean.");

    public static readonly Text Actions = new("取組", "Actions");

    /// <summary>{0}: the row's number.</summary>
    public static readonly Text ActionRow = new("取組 {0}", "Action {0}");
    public static readonly Text Description = new("内容", "Description");
    public static readonly Text OwnerField = new("担当者（氏名または職員番号）", "Owner (name or staff id)");
    public static readonly Text Owner = new("担当者", "Owner");
    public static readonly Text DueField = new("期限", "Due date");
    public static readonly Text Due = new("期限", "Due");
    public static readonly Text Status = new("状況", "Status");
    public static readonly Text Note = new("メモ", "Note");

    public static readonly Text ReportProgress = new("進捗の報告", "Report progress");
    public static readonly Text SendProgress = new("進捗を報告", "Report progress");
    public static readonly Text ProgressReports = new("進捗の記録", "Progress reports");
    public static readonly Text NoPlanYet = new("まだ計画は作成されていません。", "No plan has been written yet.");
    public static readonly Text TargetedItems = new("対象とする設問", "Targeted items");
    public static readonly Text ItemId = new("ID", "ID");
    public static readonly Text Item = new("設問", "Item");
    public static readonly Text Now = new("今回", "Now");
    public static readonly Text Target = new("目標", "Target");

    /// <summary>{0}: the next cycle, whose results show the effect.</summary>
    public static readonly Text Effect = new("効果の確認（{0}年度の結果）", "Effect ({0} results)");
    public static readonly Text Baseline = new("基準（今回）", "Baseline");
    public static readonly Text NextYear = new("翌年度", "Next year");
    public static readonly Text Change = new("変化", "Change");
    public static readonly Text MetColumn = new("達成", "Met");
    public static readonly Text Met = new("達成", "Met");
    public static readonly Text NotMet = new("未達成", "Not met");
    public static readonly Text NotAvailable = new("確認できません", "Not available");

    public static readonly Text Division = new("課室", "Division");
    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text Head = new("課室長", "Head");
    public static readonly Text Results = new("結果", "Results");
    public static readonly Text SubmittedAt = new("提出日時", "Submitted");
    public static readonly Text Shown = new("公表", "Shown");
    public static readonly Text Suppressed = new("非公表", "Suppressed");

    public static readonly Text ActionNotStarted = new("未着手", "Not started");
    public static readonly Text ActionInProgress = new("実施中", "In progress");
    public static readonly Text ActionDone = new("完了", "Done");
    public static readonly Text ActionOnHold = new("保留", "On hold");
    public static readonly Text ActionCancelled = new("中止", "Cancelled");

    public static readonly Text PlanNotStarted = new("未着手", "Not started");
    public static readonly Text PlanDraft = new("作成中", "Draft");
    public static readonly Text PlanSubmitted = new("提出済み", "Submitted");
    public static readonly Text PlanOverdue = new("期限超過", "Overdue");
}
