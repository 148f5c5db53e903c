using ClosedXML.Excel;
using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Questionnaire;

namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// The report as an Excel download with the same figures as the page: categories, items, blind spots and hidden
/// strengths, comments. Numbers are numbers, rounded to two decimals as the page shows them.
/// </summary>
public static class ReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(ThreeSixtyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"360-report-{report.RoundId}.xlsx";
    }

    public static byte[] Build(ThreeSixtyReport report, RatingQuestionnaire questionnaire, Text? normLabel, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(questionnaire);
        using var workbook = new XLWorkbook();
        var names = questionnaire.Categories.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        var statements = questionnaire.Items.ToDictionary(i => i.Id, i => i.Statement, StringComparer.Ordinal);
        Table(workbook.Worksheets.Add(ThreeSixtyReportTexts.Category.In(language)), report, report.Categories,
            r => names.GetValueOrDefault(r.Id)?.In(language) ?? r.Id, normLabel, language);
        Table(workbook.Worksheets.Add(ThreeSixtyReportTexts.Item.In(language)), report, report.Items,
            r => statements.GetValueOrDefault(r.Id)?.In(language) ?? r.Id, normLabel, language);
        Gaps(workbook.Worksheets.Add(language.Pick("気づき", "Gaps")), report, statements, language);
        Comments(workbook.Worksheets.Add(ThreeSixtyReportTexts.Comments.In(language)), report.Comments, language);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Table(IXLWorksheet sheet, ThreeSixtyReport report, IReadOnlyList<ReportRow> rows, Func<ReportRow, string> label,
        Text? normLabel, Language language)
    {
        var headers = new List<string> { "ID", ThreeSixtyReportTexts.Item.In(language), ThreeSixtyReportTexts.Self.In(language) };
        foreach (var group in report.Groups)
        {
            headers.Add(ThreeSixtyReportTexts.Group(group.Group).In(language));
            headers.Add(ThreeSixtyReportTexts.Group(group.Group).In(language) + " " + ThreeSixtyReportTexts.Answers.In(language));
        }

        headers.AddRange([
            ThreeSixtyReportTexts.Others.In(language), ThreeSixtyReportTexts.Gap.In(language),
            (normLabel ?? ThreeSixtyReportTexts.NormColumn).In(language),
            ThreeSixtyReportTexts.LastYearSelf.In(language), ThreeSixtyReportTexts.LastYearOthers.In(language),
        ]);
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
        var line = 2;
        foreach (var row in rows)
        {
            var column = 1;
            sheet.Cell(line, column++).Value = row.Id;
            sheet.Cell(line, column++).Value = label(row);
            Number(sheet.Cell(line, column++), row.Self);
            foreach (var group in report.Groups)
            {
                var figure = row.Of(group.Group);
                Number(sheet.Cell(line, column++), figure?.Mean);
                if (figure is not null)
                {
                    sheet.Cell(line, column).Value = figure.Count;
                }

                column++;
            }

            Number(sheet.Cell(line, column++), row.Others);
            Number(sheet.Cell(line, column++), row.Gap, "+0.00;-0.00;0.00");
            Number(sheet.Cell(line, column++), row.Norm);
            Number(sheet.Cell(line, column++), row.LastYearSelf);
            Number(sheet.Cell(line, column), row.LastYearOthers);
            line++;
        }

        // Fixed widths: measuring text needs the platform's drawing library, absent on Linux hosts.
        sheet.Column(1).Width = 14;
        sheet.Column(2).Width = 60;
        sheet.Columns(3, headers.Count).Width = 12;
        sheet.SheetView.FreezeRows(1);
    }

    private static void Gaps(IXLWorksheet sheet, ThreeSixtyReport report, Dictionary<string, Text> statements, Language language)
    {
        sheet.Cell(1, 1).Value = language.Pick("区分", "Kind");
        sheet.Cell(1, 2).Value = "ID";
        sheet.Cell(1, 3).Value = ThreeSixtyReportTexts.Item.In(language);
        sheet.Cell(1, 4).Value = ThreeSixtyReportTexts.Gap.In(language);
        sheet.Row(1).Style.Font.Bold = true;
        var rows = report.Items.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var line = 2;
        foreach (var (kind, ids) in new[]
        {
            (language.Pick("ブラインドスポット", "Blind spot"), report.BlindSpots),
            (language.Pick("隠れた強み", "Hidden strength"), report.HiddenStrengths),
        })
        {
            foreach (var id in ids)
            {
                sheet.Cell(line, 1).Value = kind;
                sheet.Cell(line, 2).Value = id;
                sheet.Cell(line, 3).Value = statements.GetValueOrDefault(id)?.In(language) ?? id;
                Number(sheet.Cell(line, 4), rows[id].Gap, "+0.00;-0.00;0.00");
                line++;
            }
        }

        sheet.Column(1).Width = 18;
        sheet.Column(3).Width = 60;
    }

    private static void Comments(IXLWorksheet sheet, ReportComments comments, Language language)
    {
        sheet.Cell(1, 1).Value = language.Pick("区分", "Kind");
        sheet.Cell(1, 2).Value = ThreeSixtyReportTexts.Comments.In(language);
        sheet.Row(1).Style.Font.Bold = true;
        var line = 2;
        var own = ThreeSixtyReportTexts.OwnComments.In(language) + "：";
        foreach (var (kind, texts) in new[]
        {
            (ThreeSixtyReportTexts.StrengthsComments.In(language), comments.Strengths),
            (ThreeSixtyReportTexts.SuggestionsComments.In(language), comments.Suggestions),
            (own + ThreeSixtyReportTexts.StrengthsComments.In(language), comments.OwnStrengths),
            (own + ThreeSixtyReportTexts.SuggestionsComments.In(language), comments.OwnSuggestions),
        })
        {
            foreach (var text in texts)
            {
                sheet.Cell(line, 1).Value = kind;
                sheet.Cell(line, 2).Value = text;
                line++;
            }
        }

        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 100;
        sheet.Column(2).Style.Alignment.WrapText = true;
    }

    /// <summary>A figure rounded as the page shows it; empty when not shown.</summary>
    private static void Number(IXLCell cell, double? value, string format = "0.00")
    {
        if (value is null)
        {
            return;
        }

        cell.Value = Math.Round(value.Value, 2, MidpointRounding.AwayFromZero);
        cell.Style.NumberFormat.Format = format;
    }
}
