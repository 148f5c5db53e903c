using Microsoft.Extensions.Options;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Aggregation;

namespace Transformation.Tests.Support.Surveys;

/// <summary>Runs the real aggregator with chosen thresholds.</summary>
public static class Aggregate
{
    public static SurveyResults Run(SurveyQuestionnaire questionnaire, SurveyPopulation population, IEnumerable<SurveyResponse> responses,
        SurveyResults? lastYear = null, int minScores = 5, int minComments = 10, string cycle = ResponseBuilder.Cycle) =>
        Aggregator(minScores, minComments).Aggregate(cycle, questionnaire, population, responses, lastYear);

    public static SurveyAggregator Aggregator(int minScores = 5, int minComments = 10) =>
        new(Options.Create(new SurveyResultsOptions { MinGroupForScores = minScores, MinGroupForComments = minComments }));
}
