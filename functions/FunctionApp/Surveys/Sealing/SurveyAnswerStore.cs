using System.Runtime.CompilerServices;
using Transformation.Platform.Storage;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Cycles;

namespace Transformation.Surveys.Sealing;

/// <summary>Reads a cycle's released answers for aggregation: one scan of the cycle's key range, one row per response.</summary>
public sealed class SurveyAnswerStore(Tables tables)
{
    /// <summary>
    /// Every released answer of the cycle. Answers still waiting in the holding table are not included: call
    /// <see cref="SurveySealer.ReleaseAsync"/> after the cycle closes and before aggregating (it then releases everything).
    /// </summary>
    public async IAsyncEnumerable<SurveyResponse> ReadResponsesAsync(
        string cycleId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        SurveyCycleIds.ThrowIfInvalid(cycleId);
        var table = await tables.GetAsync(SurveySealer.AnswerTable, cancellationToken);
        await foreach (var row in table.QueryAsync<SurveyAnswerEntity>(
            AnswerPartitions.CycleFilter(cycleId), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return new SurveyResponse(row.CycleId, row.BureauCode, row.DivisionCode,
                AnswerCodec.DecodeScores(row.Scores), AnswerCodec.DecodeComments(row.Comments));
        }
    }
}
