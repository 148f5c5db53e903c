using System.Globalization;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Surveys.Results.Feedback;

namespace Transformation.Surveys.Publication;

/// <summary>HR's section of the results page: response rates by bureau and division, hidden groups named without figures.</summary>
public static class ResponseRatePage
{
    private const string Style = ".scroll{overflow-x:auto}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}";

    public static Html Section(ResponseRateView view, Language language)
    {
        ArgumentNullException.ThrowIfNull(view);
        var t = (string ja, string en) => language.Pick(ja, en);
        var rows = Html.Join(view.Bureaus.Select(bureau => Html.Join(
            Row(bureau, bureau.Name, language, "bureau"),
            Html.Join(view.Divisions.Where(d => d.BureauCode == bureau.Code).Select(d => Row(d, "　" + d.Name, language, "division"))))));
        var minimum = view.MinimumGroup.ToString(CultureInfo.InvariantCulture);
        return Html.Format($"""
            <section id="response-rates">
            <style>{Html.Raw(Style)}</style>
            <h2>{t("回答状況（局・課室別、人事担当者のみ）", "Response rates by bureau and division (HR only)")}</h2>
            <p>{t($"対象者が{minimum}人以上の組織だけ数値を表示します。それ未満の組織と、その数値が差し引きで分からないよう伏せた組織は「非表示」です。"
                + "誰が回答したかは分かりません。",
                $"Figures are shown only for groups of at least {minimum} invited; smaller groups, and groups hidden so that a smaller one "
                + "cannot be worked out by subtraction, read \"hidden\". Who answered is never shown.")}</p>
            <div class="scroll"><table>
            <thead><tr><th scope="col">{t("組織", "Group")}</th><th class="num" scope="col">{t("対象者数", "Invited")}</th>
            <th class="num" scope="col">{t("回答者数", "Answered")}</th><th class="num" scope="col">{t("回答率", "Rate")}</th></tr></thead>
            <tbody>{Row(view.Ministry, t("全省", "Ministry"), language, "ministry")}{rows}</tbody>
            </table></div>
            </section>
            """);
    }

    private static Html Row(GroupResponse group, string label, Language language, string level) => group.Shown
        ? Html.Format($"""
            <tr class="{level}" data-code="{group.Code}"><th scope="row">{label}</th><td class="num">{group.Invited}</td>
            <td class="num">{group.Submitted}</td><td class="num">{SheetFormat.Percent(group.Rate)}</td></tr>
            """)
        : Html.Format($"""
            <tr class="{level}" data-code="{group.Code}" data-hidden="true"><th scope="row">{label}</th>
            <td colspan="3">{language.Pick("非表示", "hidden")}</td></tr>
            """);
}
