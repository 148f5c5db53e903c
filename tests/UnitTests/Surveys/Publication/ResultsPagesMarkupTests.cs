using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages.Components;
using Transformation.Surveys.Publication;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Feedback;
using Transformation.Surveys.Results.HeatMap;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Publication;

/// <summary>
/// The wide tables of the results pages scroll sideways in their own box on a phone: a keyboard user must be able to
/// reach that box to scroll it, and a screen reader names it, in the reader's language.
/// </summary>
public sealed partial class ResultsPagesMarkupTests
{
    private static readonly SurveyQuestionnaire Questionnaire = QuestionnaireBuilder.Standard();

    /// <summary>B1: D1 with 12 respondents and D2 with 3 (suppressed, and with it whatever would reveal it); B2: D3 with 12.</summary>
    private static SurveyResults Results()
    {
        var population = new PopulationBuilder().Division("B1", "D1", 12).Division("B1", "D2", 3).Division("B2", "D3", 12).Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").All(4).Times(12)
            .Concat(new ResponseBuilder(Questionnaire, "D2").All(2).Times(3))
            .Concat(new ResponseBuilder(Questionnaire, "D3", "B2").All(3).Times(12));
        return Aggregate.Run(Questionnaire, population, responses);
    }

    private static ResponseRateView Rates() => new(
        "2026", 5, false,
        new GroupResponse("ministry", "全省", null, true, 27, 20, 0.74),
        [new GroupResponse("B1", "B1局", null, true, 15, 10, 0.67)],
        [new GroupResponse("D1", "D1課", "B1", true, 12, 9, 0.75), new GroupResponse("D2", "D2課", "B1", false, null, null, null)]);

    public static TheoryData<string, string> Pages() => new()
    {
        { "results", "ja" }, { "results", "en" }, { "heat map", "ja" }, { "heat map", "en" }, { "feedback sheet", "ja" },
    };

    private static string Render(string page, Language language) => page switch
    {
        "results" => Render<SurveyResultsPage>(language, new SurveyResultsPageView(Results().Ministry, Questionnaire.Categories, Rates())),
        "heat map" => Render<HeatMapPage>(language, new HeatMapPageView(HeatMapBuilder.Build(Results(), Questionnaire))),
        _ => Render<FeedbackSheetPage>(language,
            FeedbackSheetPageView.Of(FeedbackSheetBuilder.Build(Results(), Questionnaire, GroupKey.Division("D3"))!, language)),
    };

    private static string Render<TPage>(Language language, object view)
        where TPage : IComponent =>
        ComponentHtml.Render<TPage>(new Dictionary<string, object?> { ["Language"] = language, ["View"] = view });

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_scrolling_table_box_is_reachable_by_keyboard_and_named_in_the_readers_language(string page, string code)
    {
        var language = code == "en" ? Language.En : Language.Ja;

        var boxes = ScrollBox().Matches(Render(page, language)).Select(m => m.Value).ToList();

        Assert.NotEmpty(boxes);
        Assert.All(boxes, box =>
        {
            Assert.Contains("tabindex=\"0\"", box, StringComparison.Ordinal);
            Assert.Contains("role=\"region\"", box, StringComparison.Ordinal);
            var name = AriaLabel().Match(box).Groups[1].Value;
            Assert.False(string.IsNullOrWhiteSpace(name), $"{box} has no name");
            Assert.Equal(language == Language.Ja, JapaneseScript().IsMatch(name));
        });
    }

    [Fact]
    public void The_results_page_for_HR_names_each_scroll_box_differently()
    {
        var names = ScrollBox().Matches(Render("results", Language.En)).Select(m => AriaLabel().Match(m.Value).Groups[1].Value).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("Response rates by bureau and division", names);
    }

    [Fact]
    public void The_heat_map_marks_a_suppressed_division_without_its_numbers()
    {
        var html = Render("heat map", Language.Ja);

        var d2 = Assert.Single(Row().Matches(html), m => m.Value.Contains("D2課", StringComparison.Ordinal)).Value;
        Assert.Contains("data-suppressed=\"true\"", d2, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d\.\d\d", d2);
    }

    [GeneratedRegex("<div class=\"scroll\"[^>]*>")]
    private static partial Regex ScrollBox();

    [GeneratedRegex("aria-label=\"([^\"]*)\"")]
    private static partial Regex AriaLabel();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseScript();
}
