using Microsoft.Azure.Functions.Worker;

namespace Transformation.Surveys.Sealing;

/// <summary>Releases sealed survey answers on the schedule in workflows/schedules.json (SurveySealSchedule, every 10 minutes).</summary>
public sealed class SurveySealFunction(SurveySealer sealer)
{
    [Function("SurveySeal")]
    public async Task Run([TimerTrigger("%SurveySealSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await sealer.ReleaseAsync(cancellationToken);
    }
}
