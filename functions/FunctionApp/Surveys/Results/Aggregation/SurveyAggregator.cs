using Microsoft.Extensions.Options;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Results.Aggregation;

/// <summary>Turns a cycle's stream of responses into its published, suppressed results.</summary>
public sealed class SurveyAggregator(IOptions<SurveyResultsOptions> options)
{
    /// <summary>
    /// A tally to feed responses into one at a time (for a caller that reads them page by page),
    /// then <see cref="SurveyTally.Complete"/>.
    /// </summary>
    /// <param name="lastYear">Last cycle's results, for the change per item and category; null in the first year.</param>
    public SurveyTally Start(string cycleId, SurveyQuestionnaire questionnaire, SurveyPopulation population, SurveyResults? lastYear = null) =>
        new(cycleId, questionnaire, population, lastYear, options.Value);

    public SurveyResults Aggregate(
        string cycleId, SurveyQuestionnaire questionnaire, SurveyPopulation population, IEnumerable<SurveyResponse> responses,
        SurveyResults? lastYear = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var tally = Start(cycleId, questionnaire, population, lastYear);
        foreach (var response in responses)
        {
            tally.Add(response);
        }

        return tally.Complete();
    }

    public async Task<SurveyResults> AggregateAsync(
        string cycleId, SurveyQuestionnaire questionnaire, SurveyPopulation population, IAsyncEnumerable<SurveyResponse> responses,
        SurveyResults? lastYear = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var tally = Start(cycleId, questionnaire, population, lastYear);
        await foreach (var response in responses.WithCancellation(cancellationToken))
        {
            tally.Add(response);
        }

        return tally.Complete();
    }
}
