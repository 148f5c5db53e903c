using ClosedXML.Excel;
using Transformation.Platform.Localization;

namespace Transformation.Surveys.Results.Feedback;

/// <summary>
/// The feedback sheet as an Excel download: a summary sheet (categories and overall), then one sheet per
/// category with a row per item. Numbers are stored as numbers (shown to two decimals), so they can be charted.
/// </summary>
public static class FeedbackWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Column headers of every sheet, in order.</summary>
    public static readonly IReadOnlyList<Text> Columns =
    [
        new("ID", "ID"),
        new("項目", "Item"),
        new("回答数", "Answers"),
        new("当該組織", "This group"),
        new("前年", "Last year"),
        new("前年差", "Change"),
        new("局平均", "Bureau"),
        new("全体平均", "Ministry"),
        new("全体差", "Gap to ministry"),
        new("肯定率", "Favourable"),
    ];

    public static string FileName(FeedbackSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return $"feedback-{sheet.CycleId}-{sheet.Group.Level.ToString().ToLowerInvariant()}-{sheet.Group.Code}.xlsx";
    }

    public static byte[] Build(FeedbackSheet sheet, Language language)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var workbook = new XLWorkbook();
        var summary = workbook.Worksheets.Add(language.Pick("概要", "Summary"));
        summary.Cell(1, 1).Value = sheet.Name;
        summary.Cell(1, 1).Style.Font.Bold = true;
        summary.Cell(2, 1).Value = language.Pick("回答者数", "Respondents");
        summary.Cell(2, 2).Value = sheet.Respondents;
        summary.Cell(3, 1).Value = language.Pick("対象者数", "Invited");
        summary.Cell(3, 2).Value = sheet.Invited;
        Table(summary, 5, sheet.Categories.Select(c => c.Score).Append(sheet.Overall), language);

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { summary.Name };
        foreach (var category in sheet.Categories)
        {
            var worksheet = workbook.Worksheets.Add(SheetName(category.Score.Label.In(language), names));
            Table(worksheet, 1, category.Items, language);
        }

        if (sheet.Comments.Count > 0)
        {
            CommentSheet(workbook.Worksheets.Add(SheetName(language.Pick("コメント", "Comments"), names)), sheet, language);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Table(IXLWorksheet worksheet, int firstRow, IEnumerable<FeedbackRow> rows, Language language)
    {
        for (var c = 0; c < Columns.Count; c++)
        {
            var header = worksheet.Cell(firstRow, c + 1);
            header.Value = Columns[c].In(language);
            header.Style.Font.Bold = true;
        }

        var row = firstRow + 1;
        foreach (var line in rows)
        {
            worksheet.Cell(row, 1).Value = line.Id;
            worksheet.Cell(row, 2).Value = line.Label.In(language);
            if (line.Suppressed)
            {
                worksheet.Cell(row, 3).Value = language.Pick("非表示", "suppressed");
            }
            else if (line.Respondents is { } answers)
            {
                worksheet.Cell(row, 3).Value = answers;
            }

            Number(worksheet.Cell(row, 4), line.Mean, "0.00");
            Number(worksheet.Cell(row, 5), line.LastYear, "0.00");
            Number(worksheet.Cell(row, 6), line.Change, "+0.00;-0.00;0.00");
            Number(worksheet.Cell(row, 7), line.Bureau, "0.00");
            Number(worksheet.Cell(row, 8), line.Ministry, "0.00");
            Number(worksheet.Cell(row, 9), line.GapToMinistry, "+0.00;-0.00;0.00");
            Number(worksheet.Cell(row, 10), line.Favourable, "0%");
            row++;
        }

        // Fixed widths: measuring text to fit columns needs the platform's drawing library, absent on Linux hosts.
        worksheet.Column(1).Width = 10;
        worksheet.Column(2).Width = 60;
        worksheet.Columns(3, Columns.Count).Width = 12;
        worksheet.SheetView.FreezeRows(firstRow);
    }

    /// <summary>One row per comment, in the published order, with its category.</summary>
    private static void CommentSheet(IXLWorksheet worksheet, FeedbackSheet sheet, Language language)
    {
        worksheet.Cell(1, 1).Value = language.Pick("カテゴリ", "Category");
        worksheet.Cell(1, 2).Value = language.Pick("コメント", "Comment");
        worksheet.Row(1).Style.Font.Bold = true;
        var row = 2;
        foreach (var category in sheet.Comments)
        {
            foreach (var comment in category.Comments)
            {
                worksheet.Cell(row, 1).Value = category.Category.In(language);
                worksheet.Cell(row, 2).Value = comment;
                row++;
            }
        }

        worksheet.Column(1).Width = 16;
        worksheet.Column(2).Width = 100;
        worksheet.Column(2).Style.Alignment.WrapText = true;
        worksheet.SheetView.FreezeRows(1);
    }

    /// <summary>A number, rounded as shown (two decimals; shares to four) so the file and the page agree; empty when there is none.</summary>
    private static void Number(IXLCell cell, double? value, string format)
    {
        if (value is null)
        {
            return;
        }

        cell.Value = Math.Round(value.Value, format.EndsWith('%') ? 4 : 2, MidpointRounding.AwayFromZero);
        cell.Style.NumberFormat.Format = format;
    }

    /// <summary>Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook.</summary>
    private static string SheetName(string wanted, HashSet<string> taken)
    {
        var clean = new string(wanted.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '_' : ch).ToArray()).Trim();
        clean = clean.Length == 0 ? "Sheet" : clean[..Math.Min(clean.Length, 28)];
        var name = clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{clean}({n})";
        }

        return name;
    }
}
