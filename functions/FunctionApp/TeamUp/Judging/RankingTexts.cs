using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Judging;

/// <summary>The texts of HR's ranking page (the ranking, the judges' progress, confirming the awards) and of the awards page.</summary>
public static class RankingTexts
{
    public static readonly Text RankingTitle = new("チームアップ・チャレンジ 順位表（{0}）", "Team-Up Challenge: ranking（{0}）");
    public static readonly Text AwardsTitle = new("チームアップ・チャレンジ 表彰（{0}）", "Team-Up Challenge: awards（{0}）");
    public static readonly Text MethodHeading = new("順位の決め方", "How the ranking is decided");

    public static readonly Text CannotConfirmTitle = new("確定できません", "Cannot confirm");
    public static readonly Text PlaceGap = new("途中の順位を空欄にはできません。", "Leave no place empty before a later one.");
    public static readonly Text AwardsNotYetTitle = new("表彰はまだ発表されていません", "The awards are not announced yet");
    public static readonly Text AwardsNotYet = new(
        "審査と人事課の確認が終わると、ここで受賞課室をお知らせします。",
        "Once judging and HR's confirmation are done, the winners are shown here.");

    public static readonly Text Confirmed = new(
        "表彰を確定しました。受賞課室と全職員にお知らせします。", "The awards are confirmed. The winners and all staff will be told.");
    public static readonly Text NotComputed = new("順位は審査期限の後に算出されます。", "The ranking is computed after the judging deadline.");
    public static readonly Text TieAtAwardLine = new(
        "表彰枠の境目で同順位の課室があります。表彰する課室を選び、理由をコメントに記入してください。",
        "Entries share a rank at the edge of the awards: choose the winners and give the reason in the comment.");

    public static readonly Text Rank = new("順位", "Rank");
    public static readonly Text Tied = new("（同順位）", " (tied)");
    public static readonly Text Division = new("課室", "Division");
    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text Score = new("得点（標準化）", "Score (standardised)");
    public static readonly Text RawMean = new("加重点の平均（参考）", "Mean weighted score (for reference)");
    public static readonly Text Judges = new("審査員数", "Judges");
    public static readonly Text FirstPlaces = new("1位評価", "First places");
    public static readonly Text WorkStopped = new("止める仕事（時間/月）", "Work stopped (h/month)");
    public static readonly Text DecidedBy = new("同点時の決定", "Tie decided by");
    public static readonly Text ProposedAward = new("表彰案", "Proposed award");

    public static readonly Text DecidedNotScored = new("採点なし", "not scored");
    public static readonly Text DecidedByFirstPlaces = new("1位評価の数", "first places");
    public static readonly Text DecidedByHours = new("止める仕事の時間", "hours of work stopped");
    public static readonly Text SharedRank = new("同順位", "shared rank");

    public static readonly Text Progress = new("審査員の進捗", "Judges' progress");
    public static readonly Text Deadline = new("審査期限", "Judging deadline");
    public static readonly Text JudgesFinished = new("{0}人中{1}人が完了", "{1} of {0} judges finished");
    public static readonly Text Judge = new("審査員", "Judge");
    public static readonly Text Offered = new("対象", "Offered");
    public static readonly Text Scored = new("採点済み", "Scored");
    public static readonly Text Status = new("状況", "Status");
    public static readonly Text Finished = new("完了", "Finished");
    public static readonly Text Left = new("残り{0}件", "{0} left");

    public static readonly Text ConfirmHeading = new("表彰の確定", "Confirm the awards");
    public static readonly Text ConfirmHelp = new(
        "順位表の案のとおりでよければ、そのまま確定してください。変更する場合は、理由をコメントに記入してください。",
        "Confirm the proposal as it is, or change the winners and give the reason in the comment.");
    public static readonly Text NoDivision = new("（なし）", "(none)");

    /// <summary>A division to choose: {0} its rank, {1} its name, {2} its bureau.</summary>
    public static readonly Text RankedDivision = new("{0}位 {1}（{2}）", "#{0} {1} ({2})");

    /// <summary>A place in the award order: {0} the place, {1} the award.</summary>
    public static readonly Text Place = new("{0}. {1}", "{0}. {1}");
    public static readonly Text Comment = new("コメント（変更する場合は必須）", "Comment (required when you change the proposal)");
    public static readonly Text Confirm = new("表彰を確定する", "Confirm the awards");

    public static readonly Text Decision = new("確定した表彰", "Confirmed awards");
    public static readonly Text Adjusted = new("（順位表の案から変更）", " (changed from the proposal)");

    public static readonly Text Winners = new(
        "{0}年度のチームアップ・チャレンジの受賞課室です。おめでとうございます。", "The winners of the {0} Team-Up Challenge. Congratulations!");
    public static readonly Text Award = new("賞", "Award");
    public static readonly Text FromHr = new("人事課からのコメント", "A word from HR");

    /// <summary>How a row's place was decided; null when nothing needed deciding.</summary>
    public static Text? DecidedLabel(RankingRowView row) => row switch
    {
        { Score: null } => DecidedNotScored,
        { DecidedBy: TieBreaks.FirstPlaces } => DecidedByFirstPlaces,
        { DecidedBy: TieBreaks.Hours } => DecidedByHours,
        { Tied: true } => SharedRank,
        _ => null,
    };
}
