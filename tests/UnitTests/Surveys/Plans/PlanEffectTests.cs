using Transformation.Surveys.Plans;
using Transformation.Surveys.Results;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Plans;

public sealed class PlanEffectTests
{
    private static readonly Transformation.Surveys.Questionnaire.SurveyQuestionnaire Questionnaire = QuestionnaireBuilder.Standard();

    private static ImprovementPlan Plan(params PlanTarget[] targets) => new("2026", "D1", "B1",
        new PlanContent(targets, [new PlanAction("1on1", "課長", new DateOnly(2026, 6, 30), PlanActionStatus.Done)]),
        DateTimeOffset.UnixEpoch, "H1", DateTimeOffset.UnixEpoch, "H1", [], "etag");

    private static SurveyResults Results(int respondentsD1, int work1Score, string cycle)
    {
        var population = new PopulationBuilder().Division("B1", "D1", 20).Division("B1", "D2", 20).Division("B1", "D3", 20).Build();
        var responses = new ResponseBuilder(Questionnaire, "D1").Score("work-1", work1Score).Times(respondentsD1)
            .Concat(new ResponseBuilder(Questionnaire, "D2").Times(10))
            .Concat(new ResponseBuilder(Questionnaire, "D3").Times(10));
        return Aggregate.Run(Questionnaire, population, responses.Select(r => r with { CycleId = cycle }), cycle: cycle);
    }

    [Fact]
    public void The_change_of_each_targeted_item_is_shown_beside_its_target()
    {
        var baseline = Results(10, 3, "2026").Find(GroupKey.Division("D1"));
        var next = Results(10, 4, "2027").Find(GroupKey.Division("D1"));

        var effect = PlanEffect.Compute(Plan(new PlanTarget("work-1", 3.5), new PlanTarget("work-2", 3.5)), baseline, next, "2027");

        Assert.True(effect.NextShown);
        Assert.Null(effect.Note);
        Assert.Equal(new EffectRow("work-1", 3.0, 3.5, 4.0, 1.0, EffectOutcome.Met), effect.Rows[0]);
        Assert.Equal(new EffectRow("work-2", 3.0, 3.5, 3.0, 0.0, EffectOutcome.NotMet), effect.Rows[1]);
    }

    [Fact]
    public void A_suppressed_group_next_year_makes_every_row_not_available_and_says_why()
    {
        var baseline = Results(10, 3, "2026").Find(GroupKey.Division("D1"));
        var next = Results(0, 5, "2027").Find(GroupKey.Division("D1"));

        var effect = PlanEffect.Compute(Plan(new PlanTarget("work-1", 3.5)), baseline, next, "2027");

        Assert.False(effect.NextShown);
        Assert.Equal(PlanEffect.SuppressedNote, effect.Note);
        Assert.Equal(new EffectRow("work-1", 3.0, 3.5, null, null, EffectOutcome.NotAvailable), Assert.Single(effect.Rows));
    }

    [Fact]
    public void Without_a_baseline_the_target_is_still_judged_but_no_change_is_shown()
    {
        var next = Results(10, 4, "2027").Find(GroupKey.Division("D1"));

        var row = Assert.Single(PlanEffect.Compute(Plan(new PlanTarget("work-1", 4)), null, next, "2027").Rows);

        Assert.Equal(new EffectRow("work-1", null, 4, 4.0, null, EffectOutcome.Met), row);
    }
}
