using System.Text.Json;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Http;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Plans;

namespace Transformation.Surveys.Workflow;

/// <summary>What HR's API and HR's page both do with a cycle: read where it stands, and signal it (extend, close).</summary>
public sealed class SurveyCycleConsole(SurveyCycles cycles, SurveyInvitations invitations, ImprovementPlanStore plans, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    /// <summary>
    /// Signals go to the answer phase's own instance, once it exists: running, or scheduled and not yet picked up (an
    /// event then waits behind its start). Before the instance exists an event would be lost.
    /// </summary>
    public static async Task<CycleSignalOutcome> SignalAsync(
        DurableTaskClient client, string cycleId, CycleSignal signal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!SurveyCycleIds.IsValid(cycleId) || await client.GetInstanceAsync(SurveyCycleIds.Instance(cycleId), cancellationToken) is null)
        {
            return CycleSignalOutcome.Unknown;
        }

        var answerPhase = SurveyCycleIds.Phase(cycleId, CyclePhases.AnswerStep);
        var phase = await client.GetInstanceAsync(answerPhase, cancellationToken);
        if (phase?.RuntimeStatus is not (OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending))
        {
            return CycleSignalOutcome.NotOpen;
        }

        await client.RaiseEventAsync(answerPhase, CycleSignal.EventName, signal, cancellationToken);
        return CycleSignalOutcome.Sent;
    }

    // With inputs and outputs: the custom status (the phase) comes only then; all three are small.
    public async Task<CycleView?> ViewAsync(DurableTaskClient client, string cycleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var instance = await client.GetInstanceAsync(SurveyCycleIds.Instance(cycleId), getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var status = instance.SerializedCustomStatus is { Length: > 0 } s ? JsonSerializer.Deserialize<CycleStatus>(s, Json) : null;
        var cycle = await cycles.GetAsync(cycleId, cancellationToken);
        var rates = await invitations.ResponseRateAsync(cycleId, cancellationToken);
        var schedule = await plans.GetScheduleAsync(cycleId, cancellationToken);
        var phase = CyclePhases.Shown(status?.Phase, instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed, schedule, time.GetUtcNow());
        return new CycleView(cycleId, instance.InstanceId, instance.RuntimeStatus.ToString(), phase,
            cycle?.ClosesAt ?? (status?.ClosesAtUtc is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null),
            cycle?.ClosedAt, rates.Ministry.Invited, rates.Ministry.Submitted, rates.Ministry.Rate, schedule?.Deadline, schedule?.MidTermAt);
    }
}
