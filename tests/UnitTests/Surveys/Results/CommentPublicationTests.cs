using Transformation.Surveys.Answering;
using Transformation.Surveys.Results;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

/// <summary>
/// Comments as the readers see them: any member of staff reads the ministry's list, a coordinator a bureau's
/// and its divisions'. Each division writes its own texts, so a test can tell where a published comment came from.
/// </summary>
public class CommentPublicationTests
{
    private static readonly Transformation.Surveys.Questionnaire.SurveyQuestionnaire Questionnaire = QuestionnaireBuilder.Standard();

    /// <summary>B1: D01 2 respondents, D02 12, D03 8 (the bureau of the issue); B2: D04 12. Every respondent writes one comment.</summary>
    private static (SurveyPopulation Population, List<SurveyResponse> Responses) Ministry(bool swapTexts = false, bool reverse = false)
    {
        var population = new PopulationBuilder().Division("B1", "D01").Division("B1", "D02").Division("B1", "D03").Division("B2", "D04").Build();
        var sizes = new[] { ("D01", "B1", 2), ("D02", "B1", 12), ("D03", "B1", 8), ("D04", "B2", 12) };
        var responses = sizes.SelectMany(d => Enumerable.Range(1, d.Item3).Select(i =>
        {
            // Swapped: D02 and D04 write each other's texts.
            var writer = swapTexts && d.Item1 is "D02" or "D04" ? (d.Item1 == "D02" ? "D04" : "D02") : d.Item1;
            return new ResponseBuilder(Questionnaire, d.Item1, d.Item2).Comment("work", $"{writer}の意見{i}").Build();
        })).ToList();
        if (reverse)
        {
            responses.Reverse();
        }

        return (population, responses);
    }

    private static IReadOnlyList<string> Work(GroupResult group) => group.Comments.Single(c => c.CategoryId == "work").Comments;

    private static SurveyResults Run(bool swapTexts = false, bool reverse = false)
    {
        var (population, responses) = Ministry(swapTexts, reverse);
        return Aggregate.Run(Questionnaire, population, responses);
    }

    [Fact]
    public void A_bureaus_list_holds_only_comments_of_its_divisions_that_reach_the_comment_threshold()
    {
        var bureau = Run().Find(GroupKey.Bureau("B1"))!;

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"D02の意見{i}").Order(), Work(bureau).Order());
    }

    [Fact]
    public void The_ministrys_list_holds_only_comments_of_divisions_that_reach_the_comment_threshold()
    {
        var ministry = Run().Ministry;

        Assert.Equal(24, Work(ministry).Count);
        Assert.All(Work(ministry), c => Assert.True(c[..3] is "D02" or "D04", c));
    }

    [Fact]
    public void No_published_list_holds_a_comment_of_a_division_below_the_comment_threshold()
    {
        var results = Run();

        var published = results.Groups.SelectMany(g => g.Comments).SelectMany(c => c.Comments).ToList();
        Assert.DoesNotContain(published, c => c.StartsWith("D01", StringComparison.Ordinal) || c.StartsWith("D03", StringComparison.Ordinal));
    }

    [Fact]
    public void A_divisions_own_list_is_shown_when_it_reaches_the_comment_threshold()
    {
        var d02 = Run().Find(GroupKey.Division("D02"))!;

        Assert.True(d02.CommentsShown);
        Assert.Equal(12, Work(d02).Count);
    }

    [Fact]
    public void The_ministrys_list_is_in_the_same_order_whichever_division_wrote_each_comment()
    {
        var asWritten = Work(Run().Ministry);

        var swapped = Work(Run(swapTexts: true).Ministry);

        // D02 and D04 wrote each other's texts: the same texts, so the same list in the same order.
        Assert.Equal(asWritten, swapped);
    }

    [Fact]
    public void The_ministrys_list_is_in_the_same_order_whatever_order_the_answers_arrived_in()
    {
        Assert.Equal(Work(Run().Ministry), Work(Run(reverse: true).Ministry));
    }

    [Fact]
    public void The_ministrys_list_does_not_give_each_division_a_block_of_its_own()
    {
        var list = Work(Run().Ministry).Select(c => c[..3]).ToList();

        // Blocks would mean one change of division along the list; mixed comments change many times.
        var changes = list.Zip(list.Skip(1)).Count(p => p.First != p.Second);
        Assert.True(changes > 5, string.Join(" ", list));
    }

    [Fact]
    public void A_division_hidden_to_protect_a_smaller_one_publishes_no_comments_anywhere()
    {
        // D1 has 2 respondents; D2, with 12, is hidden with it so the bureau minus D3 does not give D1.
        var population = new PopulationBuilder().Division("B1", "D1").Division("B1", "D2").Division("B1", "D3").Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").Times(2)
            .Concat(new ResponseBuilder(Questionnaire, "D2").Comment("work", "D2の意見").Times(12))
            .Concat(new ResponseBuilder(Questionnaire, "D3").Comment("work", "D3の意見").Times(40));

        var results = Aggregate.Run(Questionnaire, population, responses);

        Assert.False(results.Find(GroupKey.Division("D2"))!.CommentsShown);
        Assert.DoesNotContain("D2の意見", results.Groups.SelectMany(g => g.Comments).SelectMany(c => c.Comments));
    }
}
