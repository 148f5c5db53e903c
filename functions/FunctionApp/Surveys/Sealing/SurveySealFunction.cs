using Microsoft.Azure.Functions.Worker;

namespace Transformation.Surveys.Sealing;

/// <summary>
/// On the schedule in workflows/schedules.json (SurveySealSchedule): removes answers that reached the holding
/// table after their cycle was sealed. Releasing is the cycle workflow's own step after the close.
/// </summary>
public sealed class SurveySealFunction(SurveySealer sealer)
{
    [Function("SurveySeal")]
    public async Task Run([TimerTrigger("%SurveySealSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await sealer.DiscardStragglersAsync(cancellationToken);
    }
}
