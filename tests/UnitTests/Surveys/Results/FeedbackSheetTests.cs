using ClosedXML.Excel;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages.Components;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Feedback;
using Transformation.Surveys.Results.HeatMap;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

public class FeedbackSheetTests
{
    private static readonly SurveyQuestionnaire Questionnaire = QuestionnaireBuilder.Standard(6);

    /// <summary>
    /// B1: D1 (6 people, work-1 at 5, work-2 at 1, the rest 3) and D2 (10 people, all 4);
    /// B2: D3 (10 people, all 2) and D4 (3 people: suppressed, and D3 with it).
    /// </summary>
    private static SurveyResults Results(SurveyResults? lastYear = null)
    {
        var population = new PopulationBuilder()
            .Division("B1", "D1", 8).Division("B1", "D2", 12).Division("B2", "D3", 10).Division("B2", "D4", 5).Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").All(3).Score("work-1", 5).Score("work-2", 1).Times(6)
            .Concat(new ResponseBuilder(Questionnaire, "D2").All(4).Times(10))
            .Concat(new ResponseBuilder(Questionnaire, "D3", "B2").All(2).Times(10))
            .Concat(new ResponseBuilder(Questionnaire, "D4", "B2").All(2).Times(3));
        return Aggregate.Run(Questionnaire, population, responses, lastYear);
    }

    private static SurveyResults LastYear()
    {
        var population = new PopulationBuilder().Division("B1", "D1").Division("B1", "D2").Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").All(2).Times(6).Concat(new ResponseBuilder(Questionnaire, "D2").All(4).Times(10))
            .Select(r => r with { CycleId = "2025" });
        return Aggregate.Run(Questionnaire, population, responses, cycle: "2025");
    }

    private static FeedbackSheet SheetOfD1() => FeedbackSheetBuilder.Build(Results(LastYear()), Questionnaire, GroupKey.Division("D1"))!;

    [Fact]
    public void A_division_sheet_compares_each_item_with_last_year_its_bureau_and_the_ministry()
    {
        var sheet = SheetOfD1();

        var item = sheet.Categories[0].Items.Single(i => i.Id == "work-1");
        Assert.Equal(5, item.Mean);
        Assert.Equal(2, item.LastYear);
        Assert.Equal(3, item.Change);
        Assert.Equal((30.0 + 40) / 16, item.Bureau!.Value, 10);
        Assert.Equal((30.0 + 40 + 20 + 6) / 29, item.Ministry!.Value, 10);
        Assert.Equal("B1局", sheet.BureauName);
        Assert.Equal(6, sheet.Respondents);
    }

    [Fact]
    public void Suppressed_groups_get_no_sheet_and_are_not_ranked()
    {
        var results = Results();

        Assert.Null(FeedbackSheetBuilder.Build(results, Questionnaire, GroupKey.Division("D4")));
        Assert.Null(FeedbackSheetBuilder.Build(results, Questionnaire, GroupKey.Division("D3")));
        var sheets = FeedbackSheetBuilder.BuildAll(results, Questionnaire);
        Assert.Equal(["B1", "B2", "D1", "D2"], sheets.Select(s => s.Group.Code).Order());
        Assert.Equal(new Rank(2, 2), sheets.Single(s => s.Group.Code == "D1").Overall.Rank);
        Assert.Equal(new Rank(1, 2), sheets.Single(s => s.Group.Code == "D2").Overall.Rank);
    }

    [Fact]
    public void Ranks_share_a_place_when_the_shown_means_are_equal_and_skip_the_next()
    {
        var ranks = Ranking.Rank([("A", 3.504), ("B", 3.7), ("C", 3.4951), ("D", 3.2)]);

        Assert.Equal(new Rank(1, 4), ranks["B"]);
        Assert.Equal(new Rank(2, 4), ranks["A"]);
        Assert.Equal(new Rank(2, 4), ranks["C"]);
        Assert.Equal(new Rank(4, 4), ranks["D"]);
    }

    [Fact]
    public void Strongest_and_weakest_items_are_the_largest_and_smallest_gaps_to_the_ministry()
    {
        var sheet = SheetOfD1();

        Assert.Equal(FeedbackSheet.Highlighted, sheet.Strongest.Count);
        Assert.Equal("work-1", sheet.Strongest[0].Id);
        Assert.Equal("work-2", sheet.Weakest[0].Id);
        Assert.True(sheet.Strongest.Zip(sheet.Strongest.Skip(1)).All(p => p.First.GapToMinistry >= p.Second.GapToMinistry));
        Assert.True(sheet.Weakest.Zip(sheet.Weakest.Skip(1)).All(p => p.First.GapToMinistry <= p.Second.GapToMinistry));
        // Equal gaps keep questionnaire order.
        Assert.Equal("work-3", sheet.Strongest[1].Id);
    }

    [Fact]
    public void The_page_shows_the_numbers_an_inline_chart_and_prints_on_A4()
    {
        var sheet = SheetOfD1();

        // As the reader sees it: the encoder writes "+" as a character reference.
        var html = System.Net.WebUtility.HtmlDecode(Page(sheet, Language.Ja));

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("5.00", html, StringComparison.Ordinal);   // work-1 this year
        Assert.Contains("+3.00", html, StringComparison.Ordinal);  // change from last year
        Assert.Contains("6 / 8", html, StringComparison.Ordinal);  // respondents / invited
        Assert.Contains("75%", html, StringComparison.Ordinal);    // response rate
        Assert.Contains("仕事の設問1", html, StringComparison.Ordinal);
        Assert.Contains("size:A4", html, StringComparison.Ordinal);
        Assert.Contains("break-before:page", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.Equal(1 + Questionnaire.Categories.Count, CountOf(html, "<svg"));
        // Each chart's clip paths have their own ids.
        Assert.Contains("id=\"gap0-cl_", html, StringComparison.Ordinal);
        Assert.Contains("id=\"gap2-cl_", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_reads_in_English_too()
    {
        var html = Page(SheetOfD1(), Language.En);

        Assert.Contains("Work statement 1", html, StringComparison.Ordinal);
        Assert.Contains("Strengths", html, StringComparison.Ordinal);
        Assert.Equal("Feedback sheet: D1課", FeedbackSheetTexts.Title.With(SheetOfD1().Name).En);
    }

    [Fact]
    public void The_workbook_opens_with_a_sheet_per_category_and_the_expected_cells()
    {
        var bytes = FeedbackWorkbook.Build(SheetOfD1(), Language.Ja);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal(["概要", "仕事", "職場", "組織"], workbook.Worksheets.Select(w => w.Name));
        var work = workbook.Worksheet("仕事");
        Assert.Equal(
            FeedbackWorkbook.Columns.Select(c => c.Ja),
            Enumerable.Range(1, FeedbackWorkbook.Columns.Count).Select(c => work.Cell(1, c).GetString()));
        Assert.Equal("work-1", work.Cell(2, 1).GetString());
        Assert.Equal("仕事の設問1", work.Cell(2, 2).GetString());
        Assert.Equal(6, work.Cell(2, 3).GetDouble());
        Assert.Equal(5, work.Cell(2, 4).GetDouble());
        Assert.Equal(2, work.Cell(2, 5).GetDouble());
        Assert.Equal(3, work.Cell(2, 6).GetDouble());
        Assert.Equal(Math.Round(70.0 / 16, 2), work.Cell(2, 7).GetDouble());
        Assert.Equal(Math.Round(96.0 / 29, 2), work.Cell(2, 8).GetDouble());
        Assert.Equal(7, work.LastRowUsed().RowNumber()); // header + 6 items
    }

    [Fact]
    public void The_heat_map_gives_each_division_its_gap_to_the_ministry_and_marks_suppressed_cells()
    {
        var results = Results();

        var map = HeatMapBuilder.Build(results, Questionnaire);

        Assert.Equal(["work", "workplace", "organisation", ScoreSummary.Overall], map.Columns.Select(c => c.Id));
        Assert.Equal(["D1", "D2", "D3", "D4"], map.Rows.Select(r => r.DivisionCode));
        var d2 = map.Rows.Single(r => r.DivisionCode == "D2").Cells.Single(c => c.CategoryId == "workplace");
        Assert.Equal(4 - results.Ministry.Category("workplace")!.Mean!.Value, d2.GapToMinistry!.Value, 10);
        Assert.All(map.Rows.Single(r => r.DivisionCode == "D4").Cells, c => Assert.True(c.Suppressed && c.Mean is null && c.GapToMinistry is null));
    }

    private static string Page(FeedbackSheet sheet, Language language) =>
        ComponentHtml.Render<FeedbackSheetPage>(new Dictionary<string, object?>
        {
            ["Language"] = language,
            ["View"] = FeedbackSheetPageView.Of(sheet, language),
        });

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
