namespace Transformation.LocalHost.Durable;

/// <summary>The local durable engine: the Azure Storage backend Durable Functions uses, on Azurite.</summary>
public sealed class DurableEngineOptions
{
    public const string Section = "Durable";

    /// <summary>Task hub name; defaults to the hubName in host.json so both hosts agree.</summary>
    public string? HubName { get; set; }

    /// <summary>How often an idle engine polls its queues at most: host.json's setting, the one the app has in Azure.</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = HostJson.MaxQueuePollingInterval;

    /// <summary>
    /// A fixed worker id: after a crash the restarted local host owns the same partition leases at once
    /// instead of waiting for the dead process's leases to expire.
    /// </summary>
    public string WorkerId { get; set; } = "local-host";

    /// <summary>
    /// How long a message taken by a worker stays hidden from others. A message taken by a process that then
    /// crashed comes back only after this: the backend's 5 minutes would freeze an orchestration that long after
    /// a local crash. Work items here last seconds, so 20 s is ample; a retried work item is the usual
    /// at-least-once delivery the activities are written for.
    /// </summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
