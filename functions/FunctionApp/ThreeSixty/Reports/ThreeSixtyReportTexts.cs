using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Assignments;

namespace Transformation.ThreeSixty.Reports;

/// <summary>The texts of the 360 report page, its workbook, its mail, and HR's grade-band page.</summary>
public static class ThreeSixtyReportTexts
{
    public static readonly Text Title = new("360度調査 結果レポート（{0}年度）", "360-degree survey: your report ({0})");
    public static readonly Text NoReportTitle = new("レポートはありません", "No report");
    public static readonly Text NoReport = new(
        "この回のあなたの360度調査レポートはありません。レポートは対象者ご本人だけが閲覧できます。",
        "You have no 360-degree report for this round. A report can be opened only by the person it is about.");

    public static readonly Text Purpose = new(
        "このレポートは、周囲の人があなたのマネジメントをどう見ているかを知る「気づきの機会」です。評価や処遇には使いません。",
        "This report shows how the people around you see your management: an opportunity for awareness, not an evaluation. "
        + "It is not used for appraisal or pay.");
    public static readonly Text OnlyYou = new(
        "このレポートを見られるのはあなただけです。上司や人事課も閲覧できません。",
        "Only you can open this report; neither your supervisor nor HR can.");
    public static readonly Text LeftOutNote = new(
        "回答者が{0}人未満のグループは、誰の回答か分からないよう、"
            + "このレポートにも「周囲全体」にも含めていません（差し引きで分からないようにするため）。"
        + "設問ごと・カテゴリごとにも、{0}件未満の回答は表示していません。「判断できない」は回答数に数えません。",
        "Groups with fewer than {0} respondents are left out of this report and out of \"all others\", so that no one's answer can be "
        + "recognised or worked out by subtraction. The same applies to each item and category with fewer than {0} answers; "
        + "\"cannot judge\" is not counted.");
    public static readonly Text SupervisorNote = new(
        "この回は設定により、上司の評価を上司のものとして表示しています（上司には回答時にそのことを伝えています）。",
        "In this round the supervisor's rating is shown as theirs, by setting (the supervisor was told so when rating).");
    public static readonly Text SupervisorLeftOut = new(
        "上司は1人のため、上司の評価は表示せず、「周囲全体」にも含めていません。",
        "Your supervisor is one person, so their rating is not shown and not included in \"all others\".");

    public static readonly Text Respondents = new("回答者数", "Respondents");
    public static readonly Text GroupsShown = new("表示しているグループ", "Groups shown");
    public static readonly Text NoGroupShown = new(
        "回答者が{0}人以上のグループがなかったため、周囲の評価は表示できません。ご自身の回答だけを載せています。",
        "No group had {0} or more respondents, so no one else's ratings can be shown; only your own answers are listed.");

    public static readonly Text Self = new("本人", "Self");
    public static readonly Text Supervisor = new("上司", "Supervisor");
    public static readonly Text Subordinates = new("部下", "Subordinates");
    public static readonly Text Peers = new("同僚", "Peers");
    public static readonly Text Others = new("周囲全体", "All others");
    public static readonly Text Gap = new("差（本人－周囲）", "Gap (self − others)");
    public static readonly Text Norm = new("{0}平均", "{0} mean");
    public static readonly Text NormColumn = new("同格平均", "Band norm");
    public static readonly Text LastYearSelf = new("前年 本人", "Last year: self");
    public static readonly Text LastYearOthers = new("前年 周囲", "Last year: others");
    public static readonly Text Item = new("設問", "Item");
    public static readonly Text Category = new("カテゴリ", "Category");
    public static readonly Text Answers = new("回答数", "Answers");
    public static readonly Text MeanAxis = new("平均（1〜5）", "Mean (1–5)");
    public static readonly Text CategoryChart = new("{0}：本人と周囲の比較", "{0}: self and others");

    public static readonly Text Summary = new("カテゴリ別の概要", "Summary by category");
    public static readonly Text NotShown = new("－", "–");
    public static readonly Text NormNote = new(
        "同格平均は、同じ職位区分の対象者が{0}人以上いる項目だけ表示しています（各対象者の「周囲全体」の平均の平均）。",
        "The band norm is shown only where {0} or more subjects of your grade band have a figure (the mean of their \"all others\" means).");
    public static readonly Text LastYearNote = new(
        "前年の数値は、前年のあなたのレポートに表示されていたものだけを載せています。",
        "Last year's figures are those your report showed last year, and only those.");

    public static readonly Text BlindSpots = new("ブラインドスポット（本人の評価が周囲より{0}以上高い設問）",
        "Blind spots (items you rated {0} or more above others)");
    public static readonly Text HiddenStrengths = new("隠れた強み（周囲の評価が本人より{0}以上高い設問）",
        "Hidden strengths (items others rated {0} or more above you)");
    public static readonly Text NoneFound = new("該当する設問はありません。", "No item.");

    public static readonly Text Comments = new("コメント", "Comments");
    public static readonly Text CommentsNote = new(
        "回答者が{0}人以上のグループのコメントだけを、グループを区別せずに載せています。"
            + "並び順は文面だけで決まり、誰がいつ書いたかとは関係ありません。",
        "Only comments of groups with {0} or more respondents are listed, without their group. Their order depends on the text alone, "
        + "not on who wrote them or when.");
    public static readonly Text StrengthsComments = new("強み", "Strengths");
    public static readonly Text SuggestionsComments = new("改善への提案", "Suggestions");
    public static readonly Text OwnComments = new("あなた自身のコメント", "Your own comments");
    public static readonly Text NoComments = new("表示できるコメントはありません。", "No comments to show.");

    public static readonly Text Coaching = new("コーチング研修の申込み", "Sign up for coaching");
    public static readonly Text CoachingNote = new(
        "結果を踏まえて、コーチング研修で次の一歩を考えてみませんか。",
        "Consider a coaching session to think through your next steps with these results.");
    public static readonly Text Download = new("Excelでダウンロード", "Download as Excel");
    public static readonly Text Print = new("印刷すると、カテゴリごとに1ページになります。", "Printed, each category starts on a new page.");

    public static readonly Text BandsTitle = new("360度調査 職位区分別の集計（{0}年度）", "360-degree survey: grade bands ({0})");
    public static readonly Text BandsIntro = new(
        "対象者が{0}人以上の職位区分について、各対象者の「周囲全体」の平均を平均した値です。個人の数値は表示しません。",
        "For each grade band with {0} or more subjects: the mean of the subjects' \"all others\" means. No individual's figures are shown.");
    public static readonly Text BandSubjects = new("対象者 {0}人", "{0} subjects");
    public static readonly Text BandHidden = new("対象者が{0}人未満のため表示しません（{1}）",
        "Not shown: fewer than {0} subjects ({1})");
    public static readonly Text Subjects = new("対象者数", "Subjects");
    public static readonly Text Mean = new("平均", "Mean");
    public static readonly Text NoBands = new("この回の集計はまだありません。", "There are no grade-band figures for this round yet.");
    public static readonly Text NoBandsTitle = new("集計はありません", "No figures");

    public static readonly Text MailSubject = new("【360度調査】{{round}}年度の結果レポートができました",
        "[360-degree survey {{round}}] Your report is ready");
    public static readonly Text MailBody = new(
        "{{name}} 様\n\n{{round}}年度の360度調査の結果がまとまりました。"
            + "周囲の人があなたのマネジメントをどう見ているかを知る「気づきの機会」としてご覧ください。"
        + "\n\n{{link}}\n\nレポートはサインインして開きます。閲覧できるのはあなただけです（上司や人事課も閲覧できません）。",
        "Dear {{name}},\n\nThe results of the {{round}} 360-degree survey are ready. They show how the people around you see your "
        + "management: an opportunity for awareness, not an evaluation.\n\n{{link}}\n\nThe report opens after you sign in. Only you can "
        + "open it (neither your supervisor nor HR can).");

    public static string ReportPath(string roundId) => $"/360/{roundId}/report";

    public static Text Group(RaterGroup group) => group switch
    {
        RaterGroup.Self => Self,
        RaterGroup.Supervisor => Supervisor,
        RaterGroup.Subordinate => Subordinates,
        _ => Peers,
    };
}
