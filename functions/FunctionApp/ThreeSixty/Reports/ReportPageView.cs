using Microsoft.AspNetCore.Components;
using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Questionnaire;

namespace Transformation.ThreeSixty.Reports;

/// <summary>The subject's report as the page shows it: the report with its band's norm, the questionnaire's words, and the charts.</summary>
/// <param name="NormLabel">"課長級平均" etc., null when the subject is in no band.</param>
/// <param name="Charts">Per category of the questionnaire, in its order (SVG from the chart library).</param>
/// <param name="Legend">The charts' series as the page's own list: label and colour.</param>
public sealed record ReportPageView(
    ThreeSixtyReport Report,
    RatingQuestionnaire Questionnaire,
    Text? NormLabel,
    IReadOnlyList<MarkupString> Charts,
    IReadOnlyList<(Text Label, string Colour)> Legend,
    ThreeSixtyReportOptions Options)
{
    public static ReportPageView Of(
        ThreeSixtyReport report, RatingQuestionnaire questionnaire, GradeBand? band, ThreeSixtyReportOptions options, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(questionnaire);
        var normLabel = band is null ? null : ThreeSixtyReportTexts.Norm.With(band.Name);
        var charts = questionnaire.Categories
            .Select((c, i) => ReportCharts.Category(report, c.Id, c.Name, normLabel, language, $"cat{i}"))
            .ToList();
        var legend = ReportCharts.Series(report, normLabel).Select(s => (s.Label, s.Colour)).ToList();
        return new ReportPageView(report, questionnaire, normLabel, charts, legend, options);
    }

    public string WorkbookPath => ThreeSixtyReportTexts.ReportPath(Report.RoundId) + ".xlsx";

    public ReportRow CategoryRow(string categoryId) => Report.Categories.First(r => r.Id == categoryId);

    public IEnumerable<ReportRow> ItemRows(string categoryId) => Report.Items.Where(r => r.CategoryId == categoryId);

    public Text Statement(string itemId) => Questionnaire.Items.FirstOrDefault(i => i.Id == itemId)?.Statement ?? new Text(itemId, itemId);
}
