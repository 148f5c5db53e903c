using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using ScottPlot;
using Transformation.Platform.Pages.Components;

namespace Transformation.Platform.Pages;

/// <summary>A chart drawn by ScottPlot, put inline in a page (the feedback sheet's and the 360 report's charts).</summary>
public static partial class ChartSvg
{
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
    public static MarkupString Inline(Plot plot, int width, int height, string id, string title)
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
