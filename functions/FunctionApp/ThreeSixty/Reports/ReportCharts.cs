using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using ScottPlot;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.ThreeSixty.Assignments;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// The report's charts, drawn on the server by ScottPlot as inline SVG like the feedback sheet's: per category, each
/// item and the category with self, each shown group, all others and the band's norm side by side.
/// </summary>
public static partial class ReportCharts
{
    /// <summary>A CJK font, as the feedback sheet's charts use, so Japanese labels are measured and drawn right.</summary>
    public const string FontName = "Noto Sans CJK JP";

    private static readonly Color SelfColour = Color.FromHex("#b8860b");
    private static readonly Color OthersColour = Color.FromHex("#0b3a6e");
    private static readonly Color NormColour = Color.FromHex("#b8b8b8");
    private static readonly Dictionary<RaterGroup, Color> GroupColours = new Dictionary<RaterGroup, Color>
    {
        [RaterGroup.Supervisor] = Color.FromHex("#6b4c9a"),
        [RaterGroup.Subordinate] = Color.FromHex("#3a7d44"),
        [RaterGroup.Peer] = Color.FromHex("#6a8caf"),
    };

    /// <summary>The series a report's charts draw, in order: self, each shown group, all others, and the norm when there is one.</summary>
    public static IReadOnlyList<(Text Label, string Colour, Func<ReportRow, double?> Value)> Series(ThreeSixtyReport report, Text? normLabel)
    {
        ArgumentNullException.ThrowIfNull(report);
        var series = new List<(Text, string, Func<ReportRow, double?>)> { (ThreeSixtyReportTexts.Self, SelfColour.ToHex(), r => r.Self) };
        foreach (var group in report.Groups)
        {
            var g = group.Group;
            series.Add((ThreeSixtyReportTexts.Group(g), GroupColours[g].ToHex(), r => r.Of(g)?.Mean));
        }

        series.Add((ThreeSixtyReportTexts.Others, OthersColour.ToHex(), r => r.Others));
        if (normLabel is not null && report.Items.Concat(report.Categories).Any(r => r.Norm is not null))
        {
            series.Add((normLabel, NormColour.ToHex(), r => r.Norm));
        }

        return series;
    }

    /// <summary>One category: its overall row first, then its items, each a cluster of bars.</summary>
    public static MarkupString Category(
        ThreeSixtyReport report, string categoryId, Text categoryName, Text? normLabel, Language language, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(categoryName);
        var rows = report.Categories.Where(r => r.Id == categoryId).Concat(report.Items.Where(r => r.CategoryId == categoryId)).ToList();
        var series = Series(report, normLabel);
        var plot = new Plot();
        plot.Font.Set(FontName);
        var stride = series.Count + 1;
        var bars = new List<Bar>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Value(rows[r]) is { } value)
                {
                    bars.Add(new Bar { Position = (r * stride) + s, Value = value, FillColor = Color.FromHex(series[s].Colour) });
                }
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            rows.Select((_, r) => (r * stride) + ((series.Count - 1) / 2.0)).ToArray(),
            rows.Select((row, r) => r == 0 ? categoryName.In(language) : row.Id).ToArray());
        plot.Axes.SetLimitsY(0, 5.2);
        plot.YLabel(ThreeSixtyReportTexts.MeanAxis.In(language));
        return ChartSvg.Inline(plot, 640, 280, id, ThreeSixtyReportTexts.CategoryChart.With(categoryName.In(language)).In(language));
    }
}
