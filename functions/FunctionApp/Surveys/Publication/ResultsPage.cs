using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Feedback;

namespace Transformation.Surveys.Publication;

/// <summary>
/// The ministry-wide results for all staff: response rate, then each category and its items with mean,
/// favourable share, distribution and change from last year, then the comments. Tables scroll sideways on a
/// phone and print whole. An item or category with too few answers is marked, with no numbers.
/// </summary>
public static class ResultsPage
{
    private const string Style = """
        .scroll{overflow-x:auto;margin-bottom:1rem}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .bar{display:flex;height:.8rem;min-width:8rem;print-color-adjust:exact;-webkit-print-color-adjust:exact}
        .bar span{display:block;height:100%}
        .s1{background:#b2182b}.s2{background:#ef8a62}.s3{background:#cccccc}.s4{background:#67a9cf}.s5{background:#2166ac}
        .facts{display:flex;flex-wrap:wrap;gap:.5rem 2rem;padding:0;list-style:none}
        .comments li{margin-bottom:.4rem;white-space:pre-line}
        @media print{section{break-inside:avoid}.scroll{overflow:visible}}
        """;

    public static Text Title(string cycleId) => new($"組織マネジメント実態調査 {cycleId}年度 全省結果", $"Organisational survey {cycleId}: ministry-wide results");

    public static Html Body(GroupResult group, SurveyQuestionnaire questionnaire, Language language)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(questionnaire);
        var t = (string ja, string en) => language.Pick(ja, en);
        var facts = Html.Format($"""
            <style>{Html.Raw(Style)}</style>
            <ul class="facts">
            <li>{t("回答者数", "Respondents")}：{Count(group.Respondents)} / {Count(group.Invited)}</li>
            <li>{t("回答率", "Response rate")}：{SheetFormat.Percent(group.ResponseRate)}</li>
            <li>{t("総合平均", "Overall mean")}：<strong>{SheetFormat.Mean(group.Overall?.Mean)}</strong>（{t("前年比", "vs last year")} {SheetFormat.Change(group.Overall?.Change)}）</li>
            </ul>
            """);
        if (!group.ScoresShown)
        {
            return Html.Join(facts, Html.Format($"""<p class="notice">{t("回答者が少ないため、結果は表示されません。", "Too few people answered for results to be shown.")}</p>"""));
        }

        var categories = Html.Format($"""
            <section>
            <h2>{t("カテゴリ別", "By category")}</h2>
            {Table(questionnaire.Categories.Select(c => (c.Name.In(language), group.Category(c.Id))), language)}
            </section>
            """);
        var items = Html.Join(questionnaire.Categories.Select(c => Html.Format($"""
            <section>
            <h2>{c.Name.In(language)}</h2>
            {Table(c.Items.Select(i => ($"{i.Id} {i.Statement.In(language)}", group.Item(i.Id))), language)}
            </section>
            """)));
        return Html.Join(facts, categories, items, Comments(group, questionnaire, language));
    }

    /// <summary>The ministry's comments per category, in the order that says nothing about where they came from.</summary>
    private static Html Comments(GroupResult group, SurveyQuestionnaire questionnaire, Language language)
    {
        var t = (string ja, string en) => language.Pick(ja, en);
        if (!group.CommentsShown)
        {
            return Html.Format($"""
                <section class="comments" id="comments"><h2>{t("コメント（自由記述）", "Comments")}</h2>
                <p class="notice">{t("コメントの表示基準に達した課室がないため、コメントは表示されません。", "No division has enough respondents for comments to be shown.")}</p>
                </section>
                """);
        }

        var lists = Html.Join(questionnaire.Categories.Select(c => Html.Format($"""
            <h3>{c.Name.In(language)}</h3>
            {FeedbackSheetPage.CommentList(group.Comments.FirstOrDefault(l => l.CategoryId == c.Id)?.Comments ?? [], language)}
            """)));
        return Html.Format($"""
            <section class="comments" id="comments"><h2>{t("コメント（自由記述）", "Comments")}</h2>
            <p>{t(FeedbackSheetPage.CommentsNoteJa, FeedbackSheetPage.CommentsNoteEn)}</p>
            {lists}
            </section>
            """);
    }

    private static string Count(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? SheetFormat.None;

    private static Html Table(IEnumerable<(string Label, ScoreSummary? Score)> rows, Language language)
    {
        var t = (string ja, string en) => language.Pick(ja, en);
        var body = Html.Join(rows.Select(r => r.Score is { Suppressed: true }
            ? Html.Format($"""
                <tr class="suppressed"><th scope="row">{r.Label}</th>
                <td colspan="4">{t("非表示（回答が少ないため）", "suppressed (too few answers)")}</td></tr>
                """)
            : Html.Format($"""
                <tr><th scope="row">{r.Label}</th><td class="num">{SheetFormat.Mean(r.Score?.Mean)}</td>
                <td class="num">{SheetFormat.Percent(r.Score?.Favourable)}</td><td class="num">{SheetFormat.Change(r.Score?.Change)}</td>
                <td>{Bar(r.Score)}</td></tr>
                """)));
        return Html.Format($"""
            <div class="scroll"><table>
            <thead><tr><th scope="col">{t("項目", "Item")}</th><th class="num" scope="col">{t("平均", "Mean")}</th><th class="num" scope="col">{t("肯定的回答", "Favourable")}</th><th class="num" scope="col">{t("前年比", "vs last year")}</th><th scope="col">{t("分布（1〜5）", "Distribution (1–5)")}</th></tr></thead>
            <tbody>{body}</tbody>
            </table></div>
            """);
    }

    private static Html Bar(ScoreSummary? score)
    {
        if (score is null || score.Distribution.Sum() == 0)
        {
            return Html.Text(SheetFormat.None);
        }

        var total = score.Distribution.Sum();
        var parts = score.Distribution.Select((count, i) => Html.Format(
            $"""<span class="s{i + 1}" style="width:{(100.0 * count / total).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%" title="{i + 1}: {count}"></span>"""));
        return Html.Format($"""<div class="bar" role="img" aria-label="{string.Join(" / ", score.Distribution.Select((c, i) => $"{i + 1}: {c}"))}">{Html.Join(parts)}</div>""");
    }
}
