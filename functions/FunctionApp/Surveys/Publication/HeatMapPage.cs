using System.Globalization;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Surveys.Results.Feedback;
using Transformation.Surveys.Results.HeatMap;

namespace Transformation.Surveys.Publication;

/// <summary>HR's heat map: divisions × categories, each cell coloured by its gap to the ministry mean; suppressed cells marked.</summary>
public static class HeatMapPage
{
    private const string Style = """
        .scroll{overflow-x:auto}
        td.cell{text-align:center;font-variant-numeric:tabular-nums;white-space:nowrap;print-color-adjust:exact;-webkit-print-color-adjust:exact}
        td.suppressed{color:#555;background:repeating-linear-gradient(45deg,#eee,#eee 4px,#fff 4px,#fff 8px)}
        """;

    private const string NoteJa = "各課室のカテゴリ平均と全省平均との差。青は全省より高く、赤は低い。斜線は非表示"
        + "（回答が少ない、または回答が少ない別の課室の結果が差し引きで分からないようにするため）です。";

    private const string NoteEn = "Each division's category mean and its gap to the ministry. Blue is above the ministry, red below. "
        + "Hatched cells are suppressed (too few answers, or hidden so that a smaller division's results cannot be worked out by subtraction).";

    public static Text Title(string cycleId) => new($"ヒートマップ {cycleId}年度（全省平均との差）", $"Heat map {cycleId} (gap to the ministry mean)");

    public static Html Body(ResultsHeatMap map, Language language)
    {
        ArgumentNullException.ThrowIfNull(map);
        var t = (string ja, string en) => language.Pick(ja, en);
        var header = Html.Join(map.Columns.Select(c => Html.Format($"""<th scope="col">{c.Name.In(language)}</th>""")));
        var ministry = Html.Join(map.MinistryMeans.Select(m => Html.Format($"""<td class="cell">{SheetFormat.Mean(m)}</td>""")));
        var rows = Html.Join(map.Rows.Select(r => Html.Format($"""
            <tr><th scope="row">{r.BureauName} {r.DivisionName}</th>{Html.Join(r.Cells.Select(c => Cell(c, language)))}</tr>
            """)));
        return Html.Format($"""
            <style>{Html.Raw(Style)}</style>
            <p>{t(NoteJa, NoteEn)}</p>
            <div class="scroll"><table>
            <thead><tr><th scope="col">{t("課室", "Division")}</th>{header}</tr></thead>
            <tbody>
            <tr><th scope="row">{t("全省", "Ministry")}</th>{ministry}</tr>
            {rows}
            </tbody>
            </table></div>
            """);
    }

    private static Html Cell(HeatMapCell cell, Language language)
    {
        if (cell.Suppressed)
        {
            return Html.Format($"""<td class="cell suppressed" data-suppressed="true">{language.Pick("非表示", "suppressed")}</td>""");
        }

        return Html.Format($"""<td class="cell" style="background:{Colour(cell.GapToMinistry)}">{SheetFormat.Mean(cell.Mean)}<br><small>{SheetFormat.Change(cell.GapToMinistry)}</small></td>""");
    }

    /// <summary>White at no gap, towards blue above the ministry and red below; full colour at ±0.5.</summary>
    public static string Colour(double? gap)
    {
        if (gap is null)
        {
            return "#ffffff";
        }

        var strength = Math.Min(1, Math.Abs(gap.Value) / 0.5);
        var fade = (int)Math.Round(255 - (strength * 120));
        return gap.Value >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"rgb({fade},{fade},255)")
            : string.Create(CultureInfo.InvariantCulture, $"rgb(255,{fade},{fade})");
    }
}
