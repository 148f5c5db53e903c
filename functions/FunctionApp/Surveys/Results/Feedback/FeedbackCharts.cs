using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>
/// The charts of a feedback sheet, drawn by ScottPlot on the server as SVG and put inline in the page:
/// no script, no image request, sharp in print.
/// </summary>
public static partial class FeedbackCharts
{
    /// <summary>A CJK font so Japanese labels are measured and drawn right (the page's font stack falls back the same way).</summary>
    public const string FontName = "Noto Sans CJK JP";

    private static readonly Color GroupColour = Color.FromHex("#0b3a6e");
    private static readonly Color BureauColour = Color.FromHex("#6a8caf");
    private static readonly Color MinistryColour = Color.FromHex("#b8b8b8");
    private static readonly Color BelowColour = Color.FromHex("#b00020");

    public static readonly Text ThisGroup = new("当該組織", "This group");
    public static readonly Text BureauLabel = new("局", "Bureau");
    public static readonly Text MinistryLabel = new("全体", "Ministry");

    /// <summary>Mean per category (and overall): this group beside its bureau and the ministry.</summary>
    public static Html CategoryComparison(FeedbackSheet sheet, Language language, string id = "categories")
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var rows = sheet.Categories.Select(c => c.Score).Append(sheet.Overall).ToList();
        var series = new List<(Text Label, Color Colour, Func<FeedbackRow, double?> Value)> { (ThisGroup, GroupColour, r => r.Mean) };
        if (rows.Any(r => r.Bureau is not null))
        {
            series.Add((BureauLabel, BureauColour, r => r.Bureau));
        }

        series.Add((MinistryLabel, MinistryColour, r => r.Ministry));
        var plot = NewPlot();
        var stride = series.Count + 1;
        var bars = new List<Bar>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Value(rows[r]) is { } value)
                {
                    bars.Add(new Bar { Position = (r * stride) + s, Value = value, FillColor = series[s].Colour });
                }
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            rows.Select((_, r) => (r * stride) + ((series.Count - 1) / 2.0)).ToArray(),
            rows.Select(r => r.Label.In(language)).ToArray());
        plot.Axes.SetLimitsY(0, 5.2);
        plot.YLabel(language.Pick("平均（1〜5）", "Mean (1–5)"));

        // The legend is HTML under the chart: the library's SVG legend clips Japanese labels in browsers.
        var legend = Html.Join(series.Select(s => Html.Format(
            $"""<li><span class="swatch" style="background:{s.Colour.ToHex()}"></span>{s.Label.In(language)}</li>""")));
        return Html.Join(
            Inline(plot, 640, 300, id, language.Pick("カテゴリ別の平均", "Mean by category")),
            Html.Format($"""<ul class="legend">{legend}</ul>"""));
    }

    /// <summary>Each item's gap to the ministry mean, as horizontal bars (below the ministry in red).</summary>
    public static Html GapToMinistry(FeedbackCategory category, Language language, string id)
    {
        ArgumentNullException.ThrowIfNull(category);
        var items = category.Items.Where(i => i.GapToMinistry is not null).ToList();
        var plot = NewPlot();
        var bars = items.Select((item, index) => new Bar
        {
            Position = items.Count - index,
            Value = item.GapToMinistry!.Value,
            FillColor = item.GapToMinistry < 0 ? BelowColour : GroupColour,
            Orientation = Orientation.Horizontal,
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            items.Select((_, index) => (double)(items.Count - index)).ToArray(),
            items.Select(i => i.Id).ToArray());
        var reach = Math.Max(0.5, items.Select(i => Math.Abs(i.GapToMinistry!.Value)).DefaultIfEmpty(0).Max() * 1.2);
        plot.Axes.SetLimitsX(-reach, reach);
        plot.XLabel(language.Pick("全体平均との差", "Gap to the ministry mean"));
        var height = Math.Max(160, 40 + (items.Count * 22));
        return Inline(plot, 640, height, id, language.Pick($"{category.Score.Label.Ja}：全体平均との差", $"{category.Score.Label.En}: gap to the ministry mean"));
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        return plot;
    }

    /// <summary>
    /// The SVG without its XML declaration, scaled to the page width, labelled for screen readers, and with
    /// its clip-path ids prefixed: ScottPlot numbers them from 1 in every chart, and two charts in one page
    /// must not share ids. The SVG comes from the chart library, which encodes every label it writes.
    /// </summary>
    private static Html Inline(Plot plot, int width, int height, string id, string title)
    {
        var svg = plot.GetSvgXml(width, height);
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        svg = ClipId().Replace(svg, m => m.Groups[1].Value + id + "-" + m.Groups[2].Value);
        var size = string.Format(CultureInfo.InvariantCulture, "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"{2}\" class=\"chart\"",
            width, height, Html.Encoder.Encode(title));
        svg = svg.Replace($"width=\"{width}\" height=\"{height}\"", size, StringComparison.Ordinal);
        return Html.Raw(svg);
    }

    // ScottPlot counts its clip ids in hexadecimal across the process (cl_9, cl_a, ...).
    [GeneratedRegex("""(id="|url\(#)(cl_[0-9a-fA-F]+)""")]
    private static partial Regex ClipId();
}
