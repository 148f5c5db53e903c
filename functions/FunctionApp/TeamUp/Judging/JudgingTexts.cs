using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Judging;

/// <summary>The texts of the judge's page: the rubric guide, the entries offered and the scoring forms.</summary>
public static class JudgingTexts
{
    public static readonly Text Title = new("チームアップ・チャレンジ 審査（{0}）", "Team-Up Challenge: judging（{0}）");
    public static readonly Text NotJudgeTitle = new("審査員ではありません", "Not on the panel");
    public static readonly Text ForbiddenTitle = new("審査できません", "You cannot judge this entry");
    public static readonly Text NotFoundTitle = new("エントリーが見つかりません", "Entry not found");
    public static readonly Text NotSavedTitle = new("保存できません", "Not saved");

    public static readonly Text Saved = new("「{0}」の採点を保存しました。", "Your scores for {0} were saved.");
    public static readonly Text Deadline = new("審査期限", "Judging deadline");
    public static readonly Text ScoredSoFar = new("{0}件中{1}件を採点済み", "{1} of {0} entries scored");
    public static readonly Text OwnBureau = new(
        "ご自身の局（{0}）のエントリーは、利益相反のため審査の対象外です。",
        "Entries of your own bureau ({0}) are not offered: conflict of interest.");

    public static readonly Text Rubric = new("評価基準", "Rubric");
    public static readonly Text RubricHelp = new("各基準を1（不十分）〜5（非常に優れている）で採点してください。", "Score each criterion from 1 (poor) to 5 (outstanding).");
    public static readonly Text Criterion = new("基準", "Criterion");
    public static readonly Text Weight = new("重み", "Weight");
    public static readonly Text Guide = new("観点", "Guide");

    public static readonly Text NoEntries = new(
        "審査するエントリーはまだありません（エントリー締切後に表示されます）。",
        "There are no entries to judge yet (they appear after the entry deadline).");
    public static readonly Text Entries = new("審査するエントリー", "Entries to judge");
    public static readonly Text Division = new("課室", "Division");
    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text WorkStopped = new("止める仕事（時間/月）", "Work stopped (h/month)");
    public static readonly Text Status = new("状況", "Status");
    public static readonly Text Scored = new("採点済み", "Scored");
    public static readonly Text NotScored = new("未採点", "Not scored");

    public static readonly Text Mission = new("ミッション", "Mission");
    public static readonly Text HoursSaved = new("止める仕事で減る時間", "Hours saved by the work stopped");
    public static readonly Text HoursAMonth = new("時間/月", "h/month");
    public static readonly Text ReadEntry = new("エントリー全文を読む", "Read the whole entry");

    /// <summary>A criterion's question: {0} its name, {1} its guide (both already in the reader's language).</summary>
    public static readonly Text CriterionLegend = new("{0}（{1}）", "{0} ({1})");
    public static readonly Text Comment = new("コメント（任意）", "Comment (optional)");
    public static readonly Text Save = new("この採点を保存", "Save these scores");
    public static readonly Text NotScoredByYou = new("採点していません。", "Not scored.");

    public static readonly Text Scale1 = new("1 不十分", "1 poor");
    public static readonly Text Scale2 = new("2 やや不十分", "2 fair");
    public static readonly Text Scale3 = new("3 標準", "3 good");
    public static readonly Text Scale4 = new("4 優れている", "4 very good");
    public static readonly Text Scale5 = new("5 非常に優れている", "5 outstanding");

    public static Text Scale(int score) => score switch
    {
        1 => Scale1,
        2 => Scale2,
        3 => Scale3,
        4 => Scale4,
        _ => Scale5,
    };
}
