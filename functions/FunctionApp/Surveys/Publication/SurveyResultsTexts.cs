using Transformation.Platform.Localization;

namespace Transformation.Surveys.Publication;

/// <summary>The texts of the published results: the ministry's page, HR's response rates and heat map, and the results API's answers.</summary>
public static class SurveyResultsTexts
{
    public static readonly Text Title = new("組織マネジメント実態調査 {0}年度 全省結果", "Organisational survey {0}: ministry-wide results");
    public static readonly Text NoResultsTitle = new("結果がありません", "No results");
    public static readonly Text NoResults = new("この調査の結果はまだ公表されていません。", "The results of this survey are not published yet.");
    public static readonly Text NoGroup = new("このグループの結果はありません。", "There are no results for this group.");
    public static readonly Text BadGroup = new("group の指定が正しくありません。", "The group is not valid.");
    public static readonly Text BadGroupHelp = new("group は division:課室コード・bureau:局コード・ministry のいずれかです。",
        "group is division:CODE, bureau:CODE or ministry.");

    public static readonly Text Respondents = new("回答者数", "Respondents");
    public static readonly Text ResponseRate = new("回答率", "Response rate");
    public static readonly Text OverallMean = new("総合平均", "Overall mean");
    public static readonly Text VsLastYear = new("前年比", "vs last year");
    public static readonly Text TooFewForResults = new("回答者が少ないため、結果は表示されません。", "Too few people answered for results to be shown.");
    public static readonly Text ByCategory = new("カテゴリ別", "By category");
    public static readonly Text CategoryTable = new("カテゴリ別の結果", "Results by category");
    public static readonly Text ItemTable = new("{0}の設問別の結果", "{0}: results by item");
    public static readonly Text Item = new("項目", "Item");
    public static readonly Text Mean = new("平均", "Mean");
    public static readonly Text Favourable = new("肯定的回答", "Favourable");
    public static readonly Text Distribution = new("分布（1〜5）", "Distribution (1–5)");
    public static readonly Text SuppressedRow = new("非表示（回答が少ないため）", "suppressed (too few answers)");
    public static readonly Text Comments = new("コメント（自由記述）", "Comments");
    public static readonly Text NoCommentsShown = new("コメントの表示基準に達した課室がないため、コメントは表示されません。",
        "No division has enough respondents for comments to be shown.");

    public static readonly Text RatesHeading = new("回答状況（局・課室別、人事担当者のみ）", "Response rates by bureau and division (HR only)");
    public static readonly Text RatesNote = new(
        "対象者が{0}人以上の組織だけ数値を表示します。それ未満の組織と、その数値が差し引きで分からないよう伏せた組織は「非表示」です。"
        + "誰が回答したかは分かりません。",
        "Figures are shown only for groups of at least {0} invited; smaller groups, and groups hidden so that a smaller one "
        + "cannot be worked out by subtraction, read \"hidden\". Who answered is never shown.");
    public static readonly Text RatesTable = new("局・課室別の回答状況", "Response rates by bureau and division");
    public static readonly Text Group = new("組織", "Group");
    public static readonly Text Invited = new("対象者数", "Invited");
    public static readonly Text Answered = new("回答者数", "Answered");
    public static readonly Text Rate = new("回答率", "Rate");
    public static readonly Text Ministry = new("全省", "Ministry");
    public static readonly Text Hidden = new("非表示", "hidden");

    public static readonly Text HeatMapTitle = new("ヒートマップ {0}年度（全省平均との差）", "Heat map {0} (gap to the ministry mean)");
    public static readonly Text HeatMapNote = new(
        "各課室のカテゴリ平均と全省平均との差。青は全省より高く、赤は低い。斜線は非表示"
        + "（回答が少ない、または回答が少ない別の課室の結果が差し引きで分からないようにするため）です。",
        "Each division's category mean and its gap to the ministry. Blue is above the ministry, red below. "
        + "Hatched cells are suppressed (too few answers, or hidden so that a smaller division's results cannot be worked out by subtraction).");
    public static readonly Text HeatMapTable = new("課室×カテゴリのヒートマップ", "Heat map of divisions by category");
    public static readonly Text Division = new("課室", "Division");
    public static readonly Text Suppressed = new("非表示", "suppressed");
}
