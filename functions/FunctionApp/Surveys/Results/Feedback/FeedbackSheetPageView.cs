using Microsoft.AspNetCore.Components;
using Transformation.Platform.Localization;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>A feedback sheet as its page shows it: the sheet, and its charts drawn in the reader's language.</summary>
/// <param name="CategoryChart">This group, its bureau and the ministry per category (SVG from the chart library).</param>
/// <param name="Legend">The category chart's series, written as the page's own list under it.</param>
/// <param name="GapCharts">Per category of the sheet, in its order: each item's gap to the ministry (SVG).</param>
public sealed record FeedbackSheetPageView(
    FeedbackSheet Sheet, MarkupString CategoryChart, IReadOnlyList<ChartKey> Legend, IReadOnlyList<MarkupString> GapCharts)
{
    public static FeedbackSheetPageView Of(FeedbackSheet sheet, Language language)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var (chart, legend) = FeedbackCharts.CategoryComparison(sheet, language);
        // Each chart's clip-path ids carry its own prefix: two charts in one page must not share ids.
        var gaps = sheet.Categories.Select((category, index) => FeedbackCharts.GapToMinistry(category, language, $"gap{index}")).ToList();
        return new FeedbackSheetPageView(sheet, chart, legend, gaps);
    }
}
