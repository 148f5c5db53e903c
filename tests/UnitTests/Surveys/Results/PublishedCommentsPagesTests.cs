using System.Net;
using ClosedXML.Excel;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages.Components;
using Transformation.Surveys.Publication;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Feedback;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

/// <summary>What a reader sees of comments and of suppressed items on the results page, the feedback sheet and its workbook.</summary>
public class PublishedCommentsPagesTests
{
    private static readonly Transformation.Surveys.Questionnaire.SurveyQuestionnaire Questionnaire = QuestionnaireBuilder.Standard();

    /// <summary>
    /// B1: D1 12 respondents who comment on work ("朝会が長い" and "相談しづらい" alternately), work-3 answered by only
    /// three of them; D2 12 with no comments. B2: D3 3 respondents who comment ("D3の声"), D4 12.
    /// </summary>
    private static SurveyResults Results()
    {
        var population = new PopulationBuilder().Division("B1", "D1").Division("B1", "D2").Division("B2", "D3").Division("B2", "D4").Build();
        var responses = Enumerable.Range(0, 12)
            .Select(i => new ResponseBuilder(Questionnaire, "D1").Comment("work", i % 2 == 0 ? "朝会が長い" : "相談しづらい"))
            .Select((r, i) => i < 9 ? r.Skip("work-3").Build() : r.Build())
            .Concat(new ResponseBuilder(Questionnaire, "D2").Times(12))
            .Concat(new ResponseBuilder(Questionnaire, "D3", "B2").Comment("work", "D3の声").Times(3))
            .Concat(new ResponseBuilder(Questionnaire, "D4", "B2").Times(12));
        return Aggregate.Run(Questionnaire, population, responses);
    }

    private static FeedbackSheet Sheet(GroupKey key) => FeedbackSheetBuilder.Build(Results(), Questionnaire, key)!;

    private static string Page(FeedbackSheet sheet, Language language) => WebUtility.HtmlDecode(
        ComponentHtml.Render<FeedbackSheetPage>(new Dictionary<string, object?>
        {
            ["Language"] = language,
            ["View"] = FeedbackSheetPageView.Of(sheet, language),
        }));

    private static string ResultsPage(GroupResult ministry, Language language) =>
        ComponentHtml.Render<SurveyResultsPage>(new Dictionary<string, object?>
        {
            ["Language"] = language,
            ["View"] = new SurveyResultsPageView(ministry, Questionnaire.Categories, null),
        });

    [Fact]
    public void A_divisions_sheet_lists_its_comments()
    {
        var html = Page(Sheet(GroupKey.Division("D1")), Language.Ja);

        Assert.Contains("<li>朝会が長い</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>相談しづらい</li>", html, StringComparison.Ordinal);
        Assert.Contains("並び順は文面だけで決まり", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_of_a_group_without_comments_to_show_says_why()
    {
        var html = Page(Sheet(GroupKey.Bureau("B2")), Language.En);

        Assert.DoesNotContain("D3の声", html, StringComparison.Ordinal);
        Assert.Contains("No comments are shown for this group", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_too_few_answered_reads_suppressed_on_the_sheet_with_no_numbers()
    {
        var row = Sheet(GroupKey.Division("D1")).Categories[0].Items.Single(i => i.Id == "work-3");

        Assert.True(row.Suppressed);
        Assert.Null(row.Mean);
        Assert.Contains("<td class=\"num\">非表示</td>", Page(Sheet(GroupKey.Division("D1")), Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbook_carries_the_comments_on_a_sheet_of_their_own()
    {
        using var workbook = new XLWorkbook(new MemoryStream(FeedbackWorkbook.Build(Sheet(GroupKey.Division("D1")), Language.Ja)));

        var comments = workbook.Worksheet("コメント");
        Assert.Equal(12, comments.LastRowUsed()!.RowNumber() - 1);
        Assert.Equal("仕事", comments.Cell(2, 1).GetString());
    }

    [Fact]
    public void The_ministry_page_lists_the_ministrys_comments_for_all_staff()
    {
        var html = WebUtility.HtmlDecode(ResultsPage(Results().Ministry, Language.Ja));

        Assert.Contains("<li>朝会が長い</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("D3の声", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ministry_page_marks_an_item_too_few_answered_instead_of_showing_it()
    {
        var population = new PopulationBuilder().Division("B1", "D1").Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").Times(2).Concat(new ResponseBuilder(Questionnaire, "D1").Skip("work-2").Times(8));

        var html = ResultsPage(Aggregate.Run(Questionnaire, population, responses).Ministry, Language.En);

        Assert.Matches("work-2 Work statement 2</th>\\s*<td colspan=\"4\">suppressed", html);
    }
}
