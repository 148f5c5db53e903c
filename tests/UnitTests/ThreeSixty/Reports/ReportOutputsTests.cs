using ClosedXML.Excel;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages.Components;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Reports;
using static Transformation.Tests.ThreeSixty.Reports.ReportAnswers;

namespace Transformation.Tests.ThreeSixty.Reports;

/// <summary>The page and the workbook show the builder's figures, rounded to two decimals, and nothing of a left-out group.</summary>
public sealed class ReportOutputsTests
{
    /// <summary>Peers V01 {4,4,3} = 3.67, self 5; two subordinates (left out) with 1s.</summary>
    private static ThreeSixtyReport Report() => Build([
        Answer(RaterGroup.Self, 5, 4, strengths: "自分で書いた強み"), Answer(RaterGroup.Peer, 4, 4, strengths: "同僚の強み"),
        Answer(RaterGroup.Peer, 4, 4), Answer(RaterGroup.Peer, 3, 4), Answer(RaterGroup.Subordinate, 1, 1, strengths: "部下の強み"),
        Answer(RaterGroup.Subordinate, 1, 1)]);

    /// <summary>The page as a reader sees its text (the encoder writes "+" as an entity).</summary>
    private static string Page(Language language) => System.Net.WebUtility.HtmlDecode(ComponentHtml.Render<ReportPage>(
        new Dictionary<string, object?>
        {
            ["Language"] = language,
            ["View"] = ReportPageView.Of(Report(), Questionnaire, null, Options(), language),
        }));

    [Fact]
    public void The_page_shows_the_figures_rounded_and_the_gap_with_its_sign()
    {
        var html = Page(Language.Ja);

        Assert.Contains(">3.67</strong>", html, StringComparison.Ordinal);
        Assert.Contains("+1.33", html, StringComparison.Ordinal);
        Assert.Contains("気づきの機会", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_names_no_left_out_group_and_shows_none_of_its_comments()
    {
        var html = Page(Language.Ja);

        Assert.DoesNotContain("部下（", html, StringComparison.Ordinal);
        Assert.DoesNotContain("部下の強み", html, StringComparison.Ordinal);
        Assert.Contains("同僚の強み", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_exists_in_english()
    {
        var html = Page(Language.En);

        Assert.Contains("All others", html, StringComparison.Ordinal);
        Assert.Contains("Blind spots", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_coaching_link_appears_only_when_set()
    {
        var without = Page(Language.Ja);
        var options = Options();
        options.CoachingUrl = new Uri("https://coaching.example/signup");
        var with = ComponentHtml.Render<ReportPage>(new Dictionary<string, object?>
        {
            ["Language"] = Language.Ja,
            ["View"] = ReportPageView.Of(Report(), Questionnaire, null, options, Language.Ja),
        });

        Assert.DoesNotContain("コーチング研修の申込み", without, StringComparison.Ordinal);
        Assert.Contains("href=\"https://coaching.example/signup\"", with, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbook_holds_the_same_figures_as_numbers()
    {
        using var stream = new MemoryStream(ReportWorkbook.Build(Report(), Questionnaire, null, Language.Ja));
        using var workbook = new XLWorkbook(stream);

        var items = workbook.Worksheet("設問");
        var v01 = items.RowsUsed().Single(r => r.Cell(1).GetString() == "V01");
        Assert.Equal(5.0, v01.Cell(3).GetDouble());
        Assert.Equal(3.67, v01.Cell(4).GetDouble());
        Assert.Equal(3, v01.Cell(5).GetDouble());
        Assert.Equal(3.67, v01.Cell(6).GetDouble());
        Assert.Equal(1.33, v01.Cell(7).GetDouble());
        Assert.Equal("同僚", items.Cell(1, 4).GetString());
        Assert.DoesNotContain(items.Row(1).CellsUsed(), c => c.GetString().StartsWith("部下", StringComparison.Ordinal));
    }
}
