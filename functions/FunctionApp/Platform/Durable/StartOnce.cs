using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Transformation.Platform.Durable;

/// <summary>
/// Starts an orchestration at most once per instance id: a year's survey cycle, a cycle's follow-through, a
/// Team-Up season. A second start (HR twice, or HR and a timer) finds the first; only a failed or terminated
/// instance is started again.
/// </summary>
public static class StartOnce
{
    /// <summary>True when this call started the instance; false when it was already there (running or done).</summary>
    public static async Task<bool> StartAsync(DurableTaskClient client, string orchestrator, object input, string instanceId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (Live(await client.GetInstanceAsync(instanceId, cancellationToken)))
        {
            return false;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId), cancellationToken);
            return true;
        }
#pragma warning disable CA1031 // a concurrent start may have won; whatever the engine threw, the question is only whether the instance now exists
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            if (Live(await client.GetInstanceAsync(instanceId, cancellationToken)))
            {
                return false;
            }

            throw;
        }
    }

    private static bool Live(OrchestrationMetadata? instance) =>
        instance is not null && instance.RuntimeStatus is not (OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated);
}
