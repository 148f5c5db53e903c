using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>
/// The feedback sheet as a page that also prints on A4: a summary with the category chart on the first
/// page, then one page per category with its items. Printed, it drops the site header and the language switch.
/// </summary>
public static class FeedbackSheetPage
{
    private const string PrintStyle = """
        main{max-width:60rem}
        .chart{width:100%;height:auto;display:block;margin:.5rem 0}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .down{color:#b00020}.up{color:#0b6e3a}
        .legend{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;list-style:none;padding:0;margin:0 0 1rem;justify-content:center}
        .scroll{overflow-x:auto}
        .swatch{display:inline-block;width:1rem;height:.8rem;margin-right:.4rem;vertical-align:middle;print-color-adjust:exact;-webkit-print-color-adjust:exact}
        .facts{display:flex;flex-wrap:wrap;gap:.5rem 2rem;padding:0;list-style:none}
        .comments li{margin-bottom:.4rem;white-space:pre-line}
        table{font-size:.9rem;margin-bottom:1rem}
        @page{size:A4;margin:14mm 12mm}
        @media print{
          header{display:none}
          body{font-size:10pt;line-height:1.45}
          h1{font-size:15pt;margin-top:0}
          section.category,section.comments{break-before:page}
          table,figure,.chart{break-inside:avoid}
          tr{break-inside:avoid}
          .down{color:#000;font-weight:bold}
          .scroll{overflow:visible}
        }
        """;

    public const string CommentsNoteJa =
        "回答者数がコメントの表示基準に達した課室のコメントだけを載せています。並び順は文面だけで決まり、課室や回答の時期とは関係ありません。";

    public const string CommentsNoteEn =
        "Only comments of divisions with enough respondents for comments are listed. Their order depends on the text alone, "
        + "not on the division or when the answer came in.";

    private const string SuppressedNoteJa =
        "「非表示」の設問・カテゴリは、回答数が少ないため、または別の少人数の回答が差し引きで分からないよう、数値を載せていません。";

    private const string SuppressedNoteEn =
        "Items and categories marked suppressed had too few answers, or are hidden so that another small group's answers "
        + "cannot be worked out by subtraction.";

    private const string NoCommentsJa = "この組織のコメントは表示されません。コメントは、回答者数がコメントの表示基準に達した課室のものだけを載せています。";
    private const string NoCommentsEn =
        "No comments are shown for this group: comments appear only from divisions with enough respondents for comments.";

    public static Text Title(FeedbackSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new Text($"評価シート：{sheet.Name}", $"Feedback sheet: {sheet.Name}");
    }

    public static ContentResult Page(HttpRequest request, FeedbackSheet sheet, Language language) =>
        PageResults.Page(request, language, Title(sheet), Body(sheet, language));

    public static Html Body(FeedbackSheet sheet, Language language)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var t = (string ja, string en) => language.Pick(ja, en);
        var bureau = sheet.BureauName is null ? Html.Empty : Html.Format($"<li>{t("局", "Bureau")}：{sheet.BureauName}</li>");
        var summary = Html.Format($"""
            <style>{Html.Raw(PrintStyle)}</style>
            <ul class="facts">
            {bureau}
            <li>{t("調査", "Survey")}：{sheet.CycleId}</li>
            <li>{t("回答者数", "Respondents")}：{sheet.Respondents} / {sheet.Invited}（{t("回答率", "response rate")} {SheetFormat.Percent(sheet.ResponseRate)}）</li>
            <li>{t("総合平均", "Overall mean")}：<strong>{SheetFormat.Mean(sheet.Overall.Mean)}</strong>（{t("前年比", "vs last year")} {SheetFormat.Change(sheet.Overall.Change)}、{t("順位", "rank")} {SheetFormat.Rank(sheet.Overall.Rank)}）</li>
            </ul>
            <p>{t(SuppressedNoteJa, SuppressedNoteEn)}</p>
            <section class="overview">
            <h2>{t("カテゴリ別", "By category")}</h2>
            {FeedbackCharts.CategoryComparison(sheet, language)}
            {ScoreTable(sheet.Categories.Select(c => c.Score).Append(sheet.Overall), language, withRank: true)}
            <h2>{t("強み（全体平均との差が大きい順に5項目）", "Strengths (5 items furthest above the ministry mean)")}</h2>
            {ScoreTable(sheet.Strongest, language, withRank: false)}
            <h2>{t("課題（全体平均との差が小さい順に5項目）", "Areas to improve (5 items furthest below the ministry mean)")}</h2>
            {ScoreTable(sheet.Weakest, language, withRank: false)}
            </section>
            """);
        var categories = Html.Join(sheet.Categories.Select((category, index) => Html.Format($"""
            <section class="category">
            <h2>{category.Score.Label.In(language)}</h2>
            {FeedbackCharts.GapToMinistry(category, language, $"gap{index}")}
            {ScoreTable(category.Items, language, withRank: false)}
            </section>
            """)));
        return Html.Join(summary, categories, Comments(sheet, language));
    }

    /// <summary>The comments, per category; the note says which divisions' comments are in and that the order means nothing.</summary>
    public static Html Comments(FeedbackSheet sheet, Language language)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var t = (string ja, string en) => language.Pick(ja, en);
        if (sheet.Comments.Count == 0)
        {
            return Html.Format($"""
                <section class="comments" id="comments">
                <h2>{t("コメント（自由記述）", "Comments")}</h2>
                <p class="notice">{t(NoCommentsJa, NoCommentsEn)}</p>
                </section>
                """);
        }

        var lists = Html.Join(sheet.Comments.Select(c => Html.Format($"""
            <h3>{c.Category.In(language)}（{c.Comments.Count}）</h3>
            {CommentList(c.Comments, language)}
            """)));
        return Html.Format($"""
            <section class="comments" id="comments">
            <h2>{t("コメント（自由記述）", "Comments")}</h2>
            <p>{t(CommentsNoteJa, CommentsNoteEn)}</p>
            {lists}
            </section>
            """);
    }

    /// <summary>A list of comments, or a line saying there are none.</summary>
    public static Html CommentList(IReadOnlyList<string> comments, Language language)
    {
        ArgumentNullException.ThrowIfNull(comments);
        return comments.Count == 0
            ? Html.Format($"<p>{language.Pick("コメントはありません。", "No comments.")}</p>")
            : Html.Format($"<ul>{Html.Join(comments.Select(c => Html.Format($"<li>{c}</li>")))}</ul>");
    }

    private static Html ScoreTable(IEnumerable<FeedbackRow> rows, Language language, bool withRank)
    {
        var t = (string ja, string en) => language.Pick(ja, en);
        var rankHeader = withRank ? Html.Format($"""<th class="num" scope="col">{t("順位", "Rank")}</th>""") : Html.Empty;
        var body = Html.Join(rows.Select(row =>
        {
            var rank = withRank ? Html.Format($"""<td class="num">{SheetFormat.Rank(row.Rank)}</td>""") : Html.Empty;
            var label = row.Id == ScoreSummary.Overall || withRank ? row.Label.In(language) : $"{row.Id} {row.Label.In(language)}";
            return Html.Format($"""
                <tr><th scope="row">{label}</th><td class="num">{Answers(row, language)}</td>
                <td class="num"><strong>{SheetFormat.Mean(row.Mean)}</strong></td><td class="num">{SheetFormat.Percent(row.Favourable)}</td>
                <td class="num">{SheetFormat.Mean(row.LastYear)}</td><td class="num{Trend(row.Change)}">{SheetFormat.Change(row.Change)}</td>
                <td class="num">{SheetFormat.Mean(row.Bureau)}</td><td class="num">{SheetFormat.Mean(row.Ministry)}</td>
                <td class="num{Trend(row.GapToMinistry)}">{SheetFormat.Change(row.GapToMinistry)}</td>{rank}</tr>
                """);
        }));
        // Ten columns of figures do not fit a phone: the table scrolls in its own box, which the keyboard can reach.
        return Html.Format($"""
            <div class="scroll" tabindex="0" role="region" aria-label="{t("スコア表", "Scores")}"><table>
            <thead><tr><th scope="col">{t("項目", "Item")}</th><th class="num" scope="col">{t("回答数", "Answers")}</th><th class="num" scope="col">{t("平均", "Mean")}</th><th class="num" scope="col">{t("肯定率", "Favourable")}</th><th class="num" scope="col">{t("前年", "Last year")}</th><th class="num" scope="col">{t("前年差", "Change")}</th><th class="num" scope="col">{t("局平均", "Bureau")}</th><th class="num" scope="col">{t("全体平均", "Ministry")}</th><th class="num" scope="col">{t("全体差", "Gap")}</th>{rankHeader}</tr></thead>
            <tbody>{body}</tbody>
            </table></div>
            """);
    }

    /// <summary>How many answered, "—" when not in the results, or that it is suppressed.</summary>
    private static string Answers(FeedbackRow row, Language language) => row.Suppressed
        ? language.Pick("非表示", "suppressed")
        : row.Respondents?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? SheetFormat.None;

    private static string Trend(double? change) => change switch
    {
        < -0.005 => " down",
        > 0.005 => " up",
        _ => "",
    };
}
