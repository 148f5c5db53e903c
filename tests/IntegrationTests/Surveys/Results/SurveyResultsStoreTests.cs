using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Storage;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

/// <summary>Published results are kept per group and read back exactly, suppression included.</summary>
public sealed class SurveyResultsStoreTests
{
    [Fact]
    public async Task Stored_results_read_back_whole_and_by_group()
    {
        var questionnaire = QuestionnaireBuilder.Standard(4);
        var population = new PopulationBuilder().Division("B1", "D1", 20).Division("B1", "D2", 20).Division("B1", "D3", 5).Build();
        var responses = new ResponseBuilder(questionnaire, "D1").All(4).Comment("work", "会議が減って助かっています").Times(12)
            .Concat(new ResponseBuilder(questionnaire, "D2").All(2).Times(11))
            .Concat(new ResponseBuilder(questionnaire, "D3").All(5).Times(3));
        var results = Aggregate.Run(questionnaire, population, responses, minScores: 5, minComments: 10);
        var store = new SurveyResultsStore(Azurite.NewTables());

        await store.SaveAsync(results);
        var loaded = await store.LoadAsync(ResponseBuilder.Cycle);
        var d1 = await store.LoadGroupAsync(ResponseBuilder.Cycle, GroupKey.Division("D1"));
        var d3 = await store.LoadGroupAsync(ResponseBuilder.Cycle, GroupKey.Division("D3"));

        Assert.NotNull(loaded);
        Assert.Equal(results.Groups.Count, loaded.Groups.Count);
        Assert.Equal(results.Ministry.Overall!.Mean, loaded.Ministry.Overall!.Mean);
        Assert.Equal(4.0, d1!.Overall!.Mean);
        Assert.Equal(12, d1.Respondents);
        Assert.Contains("会議が減って助かっています", d1.Comments.Single(c => c.CategoryId == "work").Comments);
        Assert.False(d3!.ScoresShown);
        Assert.Null(d3.Respondents);
        Assert.Null(await store.LoadAsync("1999"));
    }
}
