using System.Net;
using System.Text.RegularExpressions;
using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Reports;

namespace Transformation.Tests.ThreeSixty.Attacks;

/// <summary>
/// One row of a report page's tables as the subject reads it: its cells in order (self, each shown group, all others,
/// gap, band norm, last year's self, last year's all others), as text.
/// </summary>
public sealed record ReportPageRow(string Label, IReadOnlyList<string> Cells)
{
    public string Self => Cells[0];

    public string Others => Cells[^5];

    public string Gap => Cells[^4];

    public string LastYearSelf => Cells[^2];

    public string LastYearOthers => Cells[^1];

    /// <summary>Every figure of the row that is this year's and not the subject's own (the groups, all others, the gap).</summary>
    public IEnumerable<string> OthersFigures => Cells.Skip(1).Take(Cells.Count - 4);
}

/// <summary>Reads a report page the way its reader does: its table rows by label, and the groups it says it shows.</summary>
public static partial class ReportPageRows
{
    /// <summary>Every row of the page's tables by its label (an item's starts with its id; a category's is its name).</summary>
    public static Dictionary<string, ReportPageRow> Read(string html)
    {
        var rows = new Dictionary<string, ReportPageRow>(StringComparer.Ordinal);
        foreach (Match row in RowPattern().Matches(html))
        {
            var label = Text(row.Groups[1].Value);
            var cells = CellPattern().Matches(row.Groups[2].Value).Select(c => Text(c.Groups[1].Value)).ToList();
            Assert.True(cells.Count >= 6, $"row {label} has {cells.Count} cells");
            rows.TryAdd(label, new ReportPageRow(label, cells)); // a category's row is in the summary and again in its section
        }

        Assert.NotEmpty(rows);
        return rows;
    }

    /// <summary>The row of an item (by id) or of a category (by its Japanese name).</summary>
    public static ReportPageRow Row(Dictionary<string, ReportPageRow> rows, string idOrName) =>
        rows.Values.Single(r => r.Label == idOrName || r.Label.StartsWith(idOrName + " ", StringComparison.Ordinal));

    /// <summary>The groups the page says it shows, with their respondents: "部下" → 3.</summary>
    public static Dictionary<string, int> GroupsShown(string html)
    {
        var facts = Text(FactsPattern().Match(html).Groups[1].Value);
        Assert.StartsWith(ThreeSixtyReportTexts.GroupsShown.In(Language.Ja), facts, StringComparison.Ordinal);
        var respondents = ThreeSixtyReportTexts.Respondents.In(Language.Ja);
        return Regex.Matches(facts, $"([^、：]+)（{respondents} ([0-9]+)）")
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                StringComparer.Ordinal);
    }

    private static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, "")).Trim();

    [GeneratedRegex("<tr[^>]*><th scope=\"row\">(.*?)</th>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td class=\"num\">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<ul class=\"facts\">\\s*<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex FactsPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
