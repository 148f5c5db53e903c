using System.Text.Json;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Http;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>What HR's API and HR's page both do with a round: read where it stands, and signal it.</summary>
public sealed class RoundConsole(RoundStore rounds, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    /// <summary>
    /// A signal is sent only when the stored round is in the phase that takes it (start rating while nominating; extend
    /// or close while rating is open), so HR is told at once when it would be ignored instead of it being lost.
    /// </summary>
    public async Task<RoundSignalOutcome> SignalAsync(
        DurableTaskClient client, string roundId, RoundSignal signal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(signal);
        var instance = RoundIds.IsValid(roundId) ? await client.GetInstanceAsync(RoundIds.Instance(roundId), cancellationToken) : null;
        var round = instance is null ? null : await rounds.GetAsync(roundId, cancellationToken);
        if (instance is null || round is null)
        {
            return RoundSignalOutcome.Unknown;
        }

        var now = time.GetUtcNow();
        var takesIt = signal.Kind == RoundSignalKind.StartRating ? round.IsNominationOpenAt(now) : round.IsRatingOpenAt(now);
        if (!takesIt || instance.RuntimeStatus is not (OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending))
        {
            return RoundSignalOutcome.NotNow;
        }

        await client.RaiseEventAsync(instance.InstanceId, RoundSignal.EventName, signal, cancellationToken);
        return RoundSignalOutcome.Sent;
    }

    // With inputs and outputs: the custom status (the phase) comes only then.
    public async Task<RoundView?> ViewAsync(DurableTaskClient client, string roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!RoundIds.IsValid(roundId))
        {
            return null;
        }

        var instance = await client.GetInstanceAsync(RoundIds.Instance(roundId), getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var status = instance.SerializedCustomStatus is { Length: > 0 } s ? JsonSerializer.Deserialize<RoundStatus>(s, Json) : null;
        var phase = instance.RuntimeStatus switch
        {
            OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated => RoundPhases.Failed,
            OrchestrationRuntimeStatus.Completed => RoundPhases.Reported,
            _ => status?.Phase ?? RoundPhases.Opening,
        };
        var round = await rounds.GetAsync(roundId, cancellationToken);
        return new RoundView(roundId, instance.InstanceId, instance.RuntimeStatus.ToString(), phase, round?.SnapshotId,
            round?.NominationDeadline, round?.RatingDeadline, round?.ClosedAt);
    }
}
