using Transformation.Surveys.Results;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

/// <summary>Items may be skipped: an item or a category is shown in a group only when its own count reaches the threshold.</summary>
public class ItemSuppressionTests
{
    private static readonly Transformation.Surveys.Questionnaire.SurveyQuestionnaire Questionnaire = QuestionnaireBuilder.Standard();

    [Fact]
    public void An_item_one_person_answered_in_a_shown_division_of_five_publishes_no_numbers()
    {
        var population = new PopulationBuilder().Division("B1", "D1").Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").Score("work-1", 2).Times(1)
            .Concat(new ResponseBuilder(Questionnaire, "D1").Skip("work-1").Times(4));

        var item = Aggregate.Run(Questionnaire, population, responses).Find(GroupKey.Division("D1"))!.Item("work-1")!;

        Assert.True(item.Suppressed);
        Assert.Null(item.Respondents);
        Assert.Null(item.Mean);
        Assert.Empty(item.Distribution);
    }

    [Fact]
    public void An_item_answered_by_the_threshold_is_shown()
    {
        var population = new PopulationBuilder().Division("B1", "D1").Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").Times(5).Concat(new ResponseBuilder(Questionnaire, "D1").Skip("work-1").Times(2));

        var item = Aggregate.Run(Questionnaire, population, responses).Find(GroupKey.Division("D1"))!.Item("work-1")!;

        Assert.Equal(5, item.Respondents);
    }

    [Fact]
    public void A_category_mean_leaves_out_its_suppressed_items_so_they_cannot_be_subtracted_back()
    {
        // work-1 answered by two people with 1; work-2 and work-3 by all six with 4.
        var population = new PopulationBuilder().Division("B1", "D1").Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").All(4).Score("work-1", 1).Times(2)
            .Concat(new ResponseBuilder(Questionnaire, "D1").All(4).Skip("work-1").Times(4));

        var work = Aggregate.Run(Questionnaire, population, responses).Find(GroupKey.Division("D1"))!.Category("work")!;

        Assert.Equal([0, 0, 0, 12, 0], work.Distribution);
        Assert.Equal(4, work.Mean);
    }

    [Fact]
    public void An_item_enough_answered_is_hidden_when_its_bureau_minus_it_would_give_a_smaller_divisions_answers()
    {
        // D1: 10 respondents, 2 answered work-1. D2: 12, all answered. The bureau shows work-1 (14 answers), so D2's
        // work-1 must go too, or the bureau minus D2 would be D1's two answers.
        var population = new PopulationBuilder().Division("B1", "D1").Division("B1", "D2").Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").Times(2)
            .Concat(new ResponseBuilder(Questionnaire, "D1").Skip("work-1").Times(8))
            .Concat(new ResponseBuilder(Questionnaire, "D2").Times(12));

        var d2 = Aggregate.Run(Questionnaire, population, responses).Find(GroupKey.Division("D2"))!;

        Assert.True(d2.Item("work-1")!.Suppressed);
        Assert.False(d2.Item("work-2")!.Suppressed);
    }

    [Fact]
    public void A_category_too_few_answered_is_suppressed_in_a_shown_division()
    {
        // Eight respondents; only three answered anything about the organisation.
        var population = new PopulationBuilder().Division("B1", "D1").Build();
        var noOrganisation = Questionnaire.Categories.Single(c => c.Id == "organisation").Items
            .Aggregate(new ResponseBuilder(Questionnaire, "D1"), (r, i) => r.Skip(i.Id));
        var responses = new ResponseBuilder(Questionnaire, "D1").Times(3).Concat(noOrganisation.Times(5));

        var division = Aggregate.Run(Questionnaire, population, responses).Find(GroupKey.Division("D1"))!;

        Assert.True(division.ScoresShown);
        Assert.True(division.Category("organisation")!.Suppressed);
        Assert.False(division.Category("work")!.Suppressed);
    }
}
