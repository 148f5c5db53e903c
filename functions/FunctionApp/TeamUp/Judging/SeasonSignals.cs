using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// Tells the season's orchestration about a change HR made (panel named, awards confirmed). The change is already
/// stored: that is the fact. The event only wakes the workflow, so it is raised only when the instance is running,
/// and a failure to raise it is logged, never turned into an error for HR.
/// </summary>
public sealed partial class SeasonSignals(ILogger<SeasonSignals> log)
{
    /// <summary>True when the event was delivered to a running instance.</summary>
    public async Task<bool> RaiseAsync(
        DurableTaskClient client, string seasonId, string eventName, object data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var instanceId = SeasonIds.Instance(seasonId);
        try
        {
            var instance = await client.GetInstanceAsync(instanceId, cancellationToken);
            if (instance?.RuntimeStatus is not (OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending
                or OrchestrationRuntimeStatus.Suspended))
            {
                LogNotRunning(eventName, instanceId);
                return false;
            }

            await client.RaiseEventAsync(instanceId, eventName, data, cancellationToken);
            LogRaised(eventName, instanceId);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, eventName, instanceId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Team-Up event {EventName} raised on {InstanceId}")]
    private partial void LogRaised(string eventName, string instanceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Team-Up event {EventName} not raised: {InstanceId} is not running")]
    private partial void LogNotRunning(string eventName, string instanceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Team-Up event {EventName} could not be raised on {InstanceId}; the change is stored")]
    private partial void LogFailed(Exception exception, string eventName, string instanceId);
}
