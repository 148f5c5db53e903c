using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using ScottPlot;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Pages.Components;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>
/// The charts of a feedback sheet, drawn by ScottPlot on the server as SVG and put inline in the page:
/// no script, no image request, sharp in print. Everything around a chart (its legend, its table) is the page's markup.
/// </summary>
public static partial class FeedbackCharts
{
    /// <summary>A CJK font so Japanese labels are measured and drawn right (the page's font stack falls back the same way).</summary>
    public const string FontName = "Noto Sans CJK JP";

    private static readonly Color GroupColour = Color.FromHex("#0b3a6e");
    private static readonly Color BureauColour = Color.FromHex("#6a8caf");
    private static readonly Color MinistryColour = Color.FromHex("#b8b8b8");
    private static readonly Color BelowColour = Color.FromHex("#b00020");

    /// <summary>Mean per category (and overall): this group beside its bureau and the ministry; the legend's entries in series order.</summary>
    public static (MarkupString Chart, IReadOnlyList<ChartKey> Legend) CategoryComparison(
        FeedbackSheet sheet, Language language, string id = "categories")
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var rows = sheet.Categories.Select(c => c.Score).Append(sheet.Overall).ToList();
        var series = new List<(Text Label, Color Colour, Func<FeedbackRow, double?> Value)>
        {
            (FeedbackSheetTexts.ThisGroup, GroupColour, r => r.Mean),
        };
        if (rows.Any(r => r.Bureau is not null))
        {
            series.Add((FeedbackSheetTexts.BureauSeries, BureauColour, r => r.Bureau));
        }

        series.Add((FeedbackSheetTexts.MinistrySeries, MinistryColour, r => r.Ministry));
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
        plot.YLabel(FeedbackSheetTexts.MeanAxis.In(language));

        // The legend is the page's markup under the chart: the library's SVG legend clips Japanese labels in browsers.
        var legend = series.Select(s => new ChartKey(s.Label, s.Colour.ToHex())).ToList();
        return (Inline(plot, 640, 300, id, FeedbackSheetTexts.CategoryChart.In(language)), legend);
    }

    /// <summary>Each item's gap to the ministry mean, as horizontal bars (below the ministry in red).</summary>
    public static MarkupString GapToMinistry(FeedbackCategory category, Language language, string id)
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
        plot.XLabel(FeedbackSheetTexts.GapAxis.In(language));
        var height = Math.Max(160, 40 + (items.Count * 22));
        return Inline(plot, 640, height, id, FeedbackSheetTexts.GapChart.With(category.Score.Label).In(language));
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
    /// <remarks>
    /// The one markup a page takes pre-rendered: a chart is drawn by the library as a whole SVG document, which no
    /// component could write element by element. It is trusted because every text in it is encoded on its way in:
    /// the labels by ScottPlot, the title here with the page's encoder.
    /// </remarks>
    private static MarkupString Inline(Plot plot, int width, int height, string id, string title)
    {
        var svg = plot.GetSvgXml(width, height);
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        svg = ClipId().Replace(svg, m => m.Groups[1].Value + id + "-" + m.Groups[2].Value);
        var size = string.Format(CultureInfo.InvariantCulture,
            "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"{2}\" class=\"chart\"", width, height, ComponentHtml.Encoder.Encode(title));
        svg = svg.Replace($"width=\"{width}\" height=\"{height}\"", size, StringComparison.Ordinal);
        return new MarkupString(svg);
    }

    // ScottPlot counts its clip ids in hexadecimal across the process (cl_9, cl_a, ...).
    [GeneratedRegex("""(id="|url\(#)(cl_[0-9a-fA-F]+)""")]
    private static partial Regex ClipId();
}

/// <summary>One entry of a chart's legend: the series' name and its colour (as #rrggbb).</summary>
public sealed record ChartKey(Text Label, string Colour);
