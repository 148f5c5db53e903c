using Transformation.LocalHost.Durable;

namespace Transformation.Tests.Hosting;

/// <summary>The local engine waits on idle queues no longer than the app does in Azure: both read host.json.</summary>
public sealed class LocalQueuePollingTests
{
    [Fact]
    public void The_local_engine_polls_idle_queues_as_host_json_says()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), new DurableEngineOptions().MaxQueuePollingInterval);
    }
}
