using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Transformation.Platform.Durable;
using Transformation.Tests.Support;

namespace Transformation.Tests.Durable;

/// <summary>
/// The local host is killed (no graceful stop) while one orchestration waits on an external event and
/// another on a durable timer; after a restart on the same Azurite data both complete.
/// </summary>
public sealed class DurableWaitSurvivesRestartTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Waits_on_an_event_and_on_a_timer_survive_a_crash_of_the_local_host()
    {
        await using var host = await LocalHostProcess.StartAsync();
        using var clientHost = DurableClientFor(host);
        await clientHost.StartAsync();
        var client = clientHost.Services.GetRequiredService<DurableTaskClient>();

        var waitingForEvent = await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(WaitForDecisionOrchestrator.WaitForDecision), new DecisionWait("Decision", DateTime.UtcNow.AddHours(1)));
        var waitingForTimer = await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(WaitForDecisionOrchestrator.WaitForDecision), new DecisionWait("Decision", DateTime.UtcNow.AddSeconds(12)));
        await WaitUntilRunningAsync(client, waitingForEvent);
        await WaitUntilRunningAsync(client, waitingForTimer);

        await host.KillAsync();
        await host.StartAgainAsync();

        await client.RaiseEventAsync(waitingForEvent, "Decision", "{\"decision\":\"approve\"}");
        using var timeout = new CancellationTokenSource(Wait);
        OrchestrationMetadata decided, timedOut;
        try
        {
            decided = await client.WaitForInstanceCompletionAsync(waitingForEvent, getInputsAndOutputs: true, timeout.Token);
            timedOut = await client.WaitForInstanceCompletionAsync(waitingForTimer, getInputsAndOutputs: true, timeout.Token);
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException("The orchestrations did not complete after the restart. Local host output:" + Environment.NewLine + host.Output, e);
        }

        Assert.Equal(OrchestrationRuntimeStatus.Completed, decided.RuntimeStatus);
        var outcome = decided.ReadOutputAs<DecisionOutcome>()!;
        Assert.True(outcome.Decided);
        Assert.Equal("{\"decision\":\"approve\"}", outcome.Payload);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, timedOut.RuntimeStatus);
        Assert.False(timedOut.ReadOutputAs<DecisionOutcome>()!.Decided);
    }

    private static async Task WaitUntilRunningAsync(DurableTaskClient client, string instanceId)
    {
        using var timeout = new CancellationTokenSource(Wait);
        var state = await client.WaitForInstanceStartAsync(instanceId, timeout.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Running, state.RuntimeStatus);
    }

    // A client of the durable engine the way the app's own HTTP functions reach it: over the sidecar's gRPC port.
    private static IHost DurableClientFor(LocalHostProcess host) =>
        Host.CreateDefaultBuilder()
            .ConfigureServices(services => services.AddDurableTaskClient(b =>
                b.UseGrpc(GrpcChannel.ForAddress($"http://127.0.0.1:{host.SidecarPort}"))))
            .Build();
}
