using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Aggregation;
using Transformation.Surveys.Sealing;
using Transformation.Tests.Support;

namespace Transformation.Benchmarks.Surveys;

/// <summary>
/// Aggregating a ministry-sized cycle stored in Azurite (100,000 released answers × 60 items, one row each in
/// "SurveyAnswers", 1,000 division partitions) against a raw scan of the same rows. Target: aggregation ≤ 2× the scan.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SurveyAnswerScanBenchmarks
{
    private Tables _tables = null!;
    private SurveyQuestionnaire _questionnaire = null!;
    private SurveyPopulation _population = null!;
    private SurveyAggregator _aggregator = null!;
    private SurveyAnswerStore _store = null!;

    [Params(100_000)]
    public int Responses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _tables = Azurite.NewTables();
        _questionnaire = LargeSurvey.Questionnaire();
        _population = LargeSurvey.Population();
        _aggregator = new SurveyAggregator(Options.Create(new SurveyResultsOptions()));
        _store = new SurveyAnswerStore(_tables);
        StoreAsync(LargeSurvey.Responses(_questionnaire, Responses)).GetAwaiter().GetResult();
    }

    /// <summary>One row per response, as the sealer releases them: batch transactions of ≤ 100 per division partition.</summary>
    private async Task StoreAsync(List<SurveyResponse> responses)
    {
        var table = await _tables.GetAsync(SurveySealer.AnswerTable);
        var batches = responses.GroupBy(r => AnswerPartitions.Of(LargeSurvey.Cycle, r.DivisionCode), StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(100).Select(chunk => chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, new
            SurveyAnswerEntity
            {
                PartitionKey = g.Key,
                RowKey = Guid.NewGuid().ToString("N"),
                CycleId = r.CycleId,
                BureauCode = r.BureauCode,
                DivisionCode = r.DivisionCode,
                QuestionnaireVersion = _questionnaire.Version,
                Scores = AnswerCodec.EncodeScores(r.Scores),
                Comments = AnswerCodec.EncodeComments(r.Comments),
            })).ToList()))
            .ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (batch, ct) => await table.SubmitTransactionAsync(batch, ct));
    }

    /// <summary>The least a reader must do: page through the cycle's rows (same filter and page size) and touch each one's scores.</summary>
    [Benchmark(Baseline = true)]
    public long RawScan() => RawScanAsync().GetAwaiter().GetResult();

    /// <summary>The aggregation activity's read and tally: decode every row, count, sum, suppress, build the results.</summary>
    [Benchmark]
    public int Aggregate() => _aggregator.AggregateAsync(LargeSurvey.Cycle, _questionnaire, _population, _store.ReadResponsesAsync(LargeSurvey.Cycle))
        .GetAwaiter().GetResult().Groups.Count;

    private async Task<long> RawScanAsync()
    {
        var table = await _tables.GetAsync(SurveySealer.AnswerTable);
        long total = 0;
        var rows = 0;
        await foreach (var row in table.QueryAsync<SurveyAnswerEntity>(AnswerPartitions.CycleFilter(LargeSurvey.Cycle), maxPerPage: 1000))
        {
            total += row.Scores.Length + row.DivisionCode.Length;
            rows++;
        }

        return rows == Responses ? total : throw new InvalidOperationException($"Scanned {rows} rows, expected {Responses}.");
    }
}
