using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Aggregation;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Benchmarks.Surveys;

/// <summary>
/// Aggregation of a ministry-sized cycle (100,000 responses × 60 items, 1,000 divisions, 60 bureaus) against
/// the least any pass must do: read every score of every response once. Target: aggregation ≤ 2× the raw pass.
/// </summary>
[MemoryDiagnoser]
public class SurveyAggregationBenchmarks
{
    private SurveyQuestionnaire _questionnaire = null!;
    private SurveyPopulation _population = null!;
    private List<SurveyResponse> _responses = [];
    private SurveyAggregator _aggregator = null!;

    [Params(100_000)]
    public int Responses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _questionnaire = LargeSurvey.Questionnaire();
        _population = LargeSurvey.Population();
        _responses = LargeSurvey.Responses(_questionnaire, Responses);
        _aggregator = new SurveyAggregator(Options.Create(new SurveyResultsOptions()));
    }

    /// <summary>Touch every response's division and comments and add up every score (the same enumeration the tally uses).</summary>
    [Benchmark(Baseline = true)]
    public long RawScan()
    {
        long total = 0;
        foreach (var response in _responses)
        {
            total += response.DivisionCode.Length + response.Comments.Count;
            if (response.Scores is Dictionary<string, int> scores)
            {
                foreach (var pair in scores)
                {
                    total += pair.Value;
                }
            }
        }

        return total;
    }

    /// <summary>The whole aggregation: the pass, bureau and ministry sums, both suppressions and the published results.</summary>
    [Benchmark]
    public int Aggregate() => _aggregator.Aggregate(LargeSurvey.Cycle, _questionnaire, _population, _responses).Groups.Count;
}
