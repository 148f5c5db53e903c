using Transformation.Platform.Localization;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>The texts of the feedback sheet page, its charts and the refusals of the sheet and its workbook.</summary>
public static class FeedbackSheetTexts
{
    public static readonly Text Title = new("評価シート：{0}", "Feedback sheet: {0}");
    public static readonly Text NoSheetTitle = new("評価シートはありません", "No feedback sheet");
    public static readonly Text NoSheet = new(
        "このグループの評価シートはありません。回答者が少ないグループ、また回答者が少ない別のグループの結果が差し引きで分からないよう"
        + "伏せたグループは、回答者を守るため結果を表示しません。",
        "There is no feedback sheet for this group. To protect those who answered, results are not shown for groups with too few "
        + "respondents, nor for groups hidden so that such a group's results cannot be worked out by subtraction.");
    public static readonly Text NoWorkbook = new(
        "このグループの評価シートはありません（回答者が少ないグループと、その結果を差し引きで分からないよう伏せたグループは表示しません）。",
        "There is no feedback sheet for this group (groups with too few respondents, and groups hidden to protect them, are not shown).");

    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text Survey = new("調査", "Survey");
    public static readonly Text Respondents = new("回答者数", "Respondents");
    public static readonly Text ResponseRate = new("回答率", "response rate");
    public static readonly Text OverallMean = new("総合平均", "Overall mean");
    public static readonly Text VsLastYear = new("前年比", "vs last year");
    public static readonly Text RankOf = new("順位", "rank");
    public static readonly Text SuppressedNote = new(
        "「非表示」の設問・カテゴリは、回答数が少ないため、または別の少人数の回答が差し引きで分からないよう、数値を載せていません。",
        "Items and categories marked suppressed had too few answers, or are hidden so that another small group's answers "
        + "cannot be worked out by subtraction.");
    public static readonly Text ByCategory = new("カテゴリ別", "By category");
    public static readonly Text Strengths = new("強み（全体平均との差が大きい順に5項目）", "Strengths (5 items furthest above the ministry mean)");
    public static readonly Text AreasToImprove = new("課題（全体平均との差が小さい順に5項目）", "Areas to improve (5 items furthest below the ministry mean)");

    public static readonly Text Comments = new("コメント（自由記述）", "Comments");
    public static readonly Text CommentsNote = new(
        "回答者数がコメントの表示基準に達した課室のコメントだけを載せています。並び順は文面だけで決まり、課室や回答の時期とは関係ありません。",
        "Only comments of divisions with enough respondents for comments are listed. Their order depends on the text alone, "
        + "not on the division or when the answer came in.");
    public static readonly Text NoComments = new(
        "この組織のコメントは表示されません。コメントは、回答者数がコメントの表示基準に達した課室のものだけを載せています。",
        "No comments are shown for this group: comments appear only from divisions with enough respondents for comments.");
    public static readonly Text NoCommentsInCategory = new("コメントはありません。", "No comments.");
    public static readonly Text CategoryComments = new("{0}（{1}）", "{0} ({1})");

    public static readonly Text ScoresTable = new("スコア表：{0}", "Scores: {0}");
    public static readonly Text Item = new("項目", "Item");
    public static readonly Text Answers = new("回答数", "Answers");
    public static readonly Text Mean = new("平均", "Mean");
    public static readonly Text Favourable = new("肯定率", "Favourable");
    public static readonly Text LastYear = new("前年", "Last year");
    public static readonly Text Change = new("前年差", "Change");
    public static readonly Text BureauMean = new("局平均", "Bureau");
    public static readonly Text MinistryMean = new("全体平均", "Ministry");
    public static readonly Text Gap = new("全体差", "Gap");
    public static readonly Text Rank = new("順位", "Rank");
    public static readonly Text Suppressed = new("非表示", "suppressed");

    public static readonly Text ThisGroup = new("当該組織", "This group");
    public static readonly Text BureauSeries = new("局", "Bureau");
    public static readonly Text MinistrySeries = new("全体", "Ministry");
    public static readonly Text MeanAxis = new("平均（1〜5）", "Mean (1–5)");
    public static readonly Text CategoryChart = new("カテゴリ別の平均", "Mean by category");
    public static readonly Text GapAxis = new("全体平均との差", "Gap to the ministry mean");
    public static readonly Text GapChart = new("{0}：全体平均との差", "{0}: gap to the ministry mean");
}
