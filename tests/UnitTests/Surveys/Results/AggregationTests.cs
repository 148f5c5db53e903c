using Transformation.Surveys.Results;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

public class AggregationTests
{
    private static readonly Transformation.Surveys.Questionnaire.SurveyQuestionnaire Questionnaire = QuestionnaireBuilder.Standard();

    [Fact]
    public void Item_mean_distribution_favourable_share_and_response_rate_are_computed_per_division()
    {
        var population = new PopulationBuilder().Division("B1", "D1", invited: 8).Build();
        var scores = new[] { 1, 2, 4, 5, 5, 3 };
        var responses = scores.Select(s => new ResponseBuilder(Questionnaire, "D1").Score("work-1", s).Build());

        var division = Aggregate.Run(Questionnaire, population, responses).Find(GroupKey.Division("D1"))!;

        var item = division.Item("work-1")!;
        Assert.Equal(6, item.Respondents);
        Assert.Equal(20.0 / 6, item.Mean!.Value, 10);
        Assert.Equal([1, 1, 1, 1, 2], item.Distribution);
        Assert.Equal(0.5, item.Favourable);
        Assert.Equal(6, division.Respondents);
        Assert.Equal(6.0 / 8, division.ResponseRate);
        // The category pools its items: work-1 as above, work-2 and work-3 all 3.
        Assert.Equal((20.0 + 36) / 18, division.Category("work")!.Mean!.Value, 10);
    }

    [Fact]
    public void Bureau_and_ministry_add_up_their_divisions_including_invited_counts()
    {
        var population = new PopulationBuilder()
            .Division("B1", "D1", 10).Division("B1", "D2", 20).Division("B2", "D3", 30).Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").All(5).Times(5)
            .Concat(new ResponseBuilder(Questionnaire, "D2").All(3).Times(10))
            .Concat(new ResponseBuilder(Questionnaire, "D3").All(1).Times(15));

        var results = Aggregate.Run(Questionnaire, population, responses);

        var bureau = results.Find(GroupKey.Bureau("B1"))!;
        Assert.Equal(15, bureau.Respondents);
        Assert.Equal(30, bureau.Invited);
        Assert.Equal((25.0 + 30) / 15, bureau.Overall!.Mean!.Value, 10);
        Assert.Equal(30, results.Ministry.Respondents);
        Assert.Equal(60, results.Ministry.Invited);
        Assert.Equal(0.5, results.Ministry.ResponseRate);
        Assert.Equal([15, 0, 10, 0, 5], results.Ministry.Item("organisation-2")!.Distribution);
    }

    [Fact]
    public void A_skipped_item_lowers_that_items_respondents_only()
    {
        var population = new PopulationBuilder().Division("B1", "D1").Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").Times(5).Append(new ResponseBuilder(Questionnaire, "D1").Skip("work-2").Build());

        var division = Aggregate.Run(Questionnaire, population, responses).Find(GroupKey.Division("D1"))!;

        Assert.Equal(6, division.Respondents);
        Assert.Equal(5, division.Item("work-2")!.Respondents);
        Assert.Equal(6, division.Item("work-1")!.Respondents);
    }

    [Fact]
    public void Change_from_last_year_is_matched_by_group_and_item_id()
    {
        var population = new PopulationBuilder().Division("B1", "D1").Build();
        var lastYear = Aggregate.Run(Questionnaire, population, LastCycle(new ResponseBuilder(Questionnaire, "D1").All(3).Times(6)), cycle: "2025");
        var thisYear = new QuestionnaireBuilder()
            .Category("work", "仕事", "Work", 4) // work-4 is new this year
            .Category("workplace", "職場", "Workplace", 3).Category("organisation", "組織", "Organisation", 3).Build();

        var results = Aggregate.Run(thisYear, population, new ResponseBuilder(thisYear, "D1").All(4).Times(6), lastYear);

        var division = results.Find(GroupKey.Division("D1"))!;
        Assert.Equal(3, division.Item("work-1")!.LastYear);
        Assert.Equal(1, division.Item("work-1")!.Change!.Value, 10);
        Assert.Null(division.Item("work-4")!.Change);
        Assert.Equal(1, division.Category("workplace")!.Change!.Value, 10);
        Assert.Equal(1, results.Ministry.Overall!.Change!.Value, 10);
    }

    [Fact]
    public void No_change_is_shown_against_a_group_that_was_suppressed_last_year()
    {
        var population = new PopulationBuilder().Division("B1", "D1").Division("B1", "D2").Build();
        var lastYear = Aggregate.Run(Questionnaire, population,
            LastCycle(new ResponseBuilder(Questionnaire, "D1").Times(3).Concat(new ResponseBuilder(Questionnaire, "D2").Times(20))), cycle: "2025");

        var results = Aggregate.Run(Questionnaire, population,
            new ResponseBuilder(Questionnaire, "D1").Times(8).Concat(new ResponseBuilder(Questionnaire, "D2").Times(20)), lastYear);

        Assert.False(lastYear.Find(GroupKey.Division("D1"))!.ScoresShown);
        Assert.Null(results.Find(GroupKey.Division("D1"))!.Item("work-1")!.Change);
    }

    [Fact]
    public void Four_respondents_are_suppressed_and_five_are_shown()
    {
        var population = new PopulationBuilder().Division("B1", "D1").Build();

        var four = Aggregate.Run(Questionnaire, population, new ResponseBuilder(Questionnaire, "D1").Times(4)).Find(GroupKey.Division("D1"))!;
        var five = Aggregate.Run(Questionnaire, population, new ResponseBuilder(Questionnaire, "D1").Times(5)).Find(GroupKey.Division("D1"))!;

        Assert.False(four.ScoresShown);
        Assert.Empty(four.Items);
        Assert.True(five.ScoresShown);
        Assert.Equal(5, five.Respondents);
    }

    [Fact]
    public void A_hidden_group_publishes_no_response_figures()
    {
        var population = new PopulationBuilder().Division("B1", "D1", invited: 7).Division("B1", "D2", invited: 40).Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").Times(3).Concat(new ResponseBuilder(Questionnaire, "D2").Times(30));

        var hidden = Aggregate.Run(Questionnaire, population, responses).Find(GroupKey.Division("D1"))!;

        Assert.Null(hidden.Respondents);
        Assert.Null(hidden.Invited);
        Assert.Null(hidden.ResponseRate);
    }

    [Fact]
    public void A_group_hidden_for_too_few_respondents_says_so()
    {
        var results = Aggregate.Run(Questionnaire, ThreeDivisions(), TwoEightThirty());

        Assert.Equal(SuppressionReason.TooFewRespondents, results.Find(GroupKey.Division("D1"))!.HiddenBecause);
    }

    [Fact]
    public void A_group_of_enough_respondents_hidden_to_protect_a_smaller_one_says_so()
    {
        var d2 = Aggregate.Run(Questionnaire, ThreeDivisions(), TwoEightThirty()).Find(GroupKey.Division("D2"))!;

        Assert.False(d2.ScoresShown);
        Assert.Equal(SuppressionReason.ProtectsAnotherGroup, d2.HiddenBecause);
    }

    private static SurveyPopulation ThreeDivisions() =>
        new PopulationBuilder().Division("B1", "D1").Division("B1", "D2").Division("B1", "D3").Build();

    /// <summary>D1 2 respondents (hidden), D2 8 (hidden with it, or the bureau minus D3 gives D1), D3 30.</summary>
    private static IEnumerable<Transformation.Surveys.Answering.SurveyResponse> TwoEightThirty() =>
        new ResponseBuilder(Questionnaire, "D1").Times(2)
            .Concat(new ResponseBuilder(Questionnaire, "D2").Times(8))
            .Concat(new ResponseBuilder(Questionnaire, "D3").Times(30));

    private static IEnumerable<Transformation.Surveys.Answering.SurveyResponse> LastCycle(IEnumerable<Transformation.Surveys.Answering.SurveyResponse> responses) =>
        responses.Select(r => r with { CycleId = "2025" });

    [Fact]
    public void Responses_of_another_cycle_or_an_uninvited_division_are_left_out()
    {
        var population = new PopulationBuilder().Division("B1", "D1").Build();
        var tally = Aggregate.Aggregator().Start(ResponseBuilder.Cycle, Questionnaire, population);
        foreach (var response in new ResponseBuilder(Questionnaire, "D1").Times(5))
        {
            tally.Add(response);
        }

        tally.Add(new ResponseBuilder(Questionnaire, "D9").Build());
        tally.Add(new ResponseBuilder(Questionnaire, "D1").Build() with { CycleId = "2025" });
        tally.Add(new ResponseBuilder(Questionnaire, "D1").Score("work-1", 7).Build());
        var results = tally.Complete();

        Assert.Equal(2, tally.SkippedResponses);
        Assert.Equal(1, tally.IgnoredScores);
        Assert.Equal(6, results.Ministry.Respondents);
        Assert.Equal(5, results.Ministry.Item("work-1")!.Respondents);
    }
}
