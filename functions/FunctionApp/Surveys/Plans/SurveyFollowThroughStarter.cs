using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Transformation.Surveys.Plans;

/// <summary>Starts a cycle's follow-through once: a second start finds the instance already there.</summary>
public static class SurveyFollowThroughStarter
{
    /// <summary>True when this call started it; false when it was already running or done.</summary>
    public static async Task<bool> StartAsync(DurableTaskClient client, SurveyFollowThroughInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(input);
        var id = SurveyFollowThroughInput.InstanceId(input.CycleId);
        var existing = await client.GetInstanceAsync(id, cancellationToken);
        if (existing is not null && existing.RuntimeStatus is not (OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated))
        {
            return false;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(SurveyFollowThroughOrchestrator.SurveyFollowThrough), input, new StartOrchestrationOptions(id), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Another start may have won the race for the same instance id; anything else is a real failure.
            if (await client.GetInstanceAsync(id, cancellationToken) is null)
            {
                throw;
            }

            return false;
        }
    }
}
