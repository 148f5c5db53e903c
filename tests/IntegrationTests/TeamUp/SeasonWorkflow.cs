using System.Diagnostics;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Transformation.Tests.Attention;
using Transformation.Tests.Support;
using Transformation.Tests.Support.TeamUp;
using Transformation.TeamUp.Workflow;

namespace Transformation.Tests.TeamUp;

/// <summary>The season's workflow as the durable engine shows it.</summary>
public static class SeasonWorkflow
{
    /// <summary>
    /// Polls until the workflow itself waits in <paramref name="phase"/> (its custom status). The stored phase comes earlier:
    /// a panel stored before the workflow reaches its wait is read at once, with no event to lose.
    /// </summary>
    public static async Task WaitUntilWaitingAsync(LocalHostProcess host, string seasonId, string phase)
    {
        ArgumentNullException.ThrowIfNull(host);
        var engine = AttentionHttp.Engine(host);
        var watch = Stopwatch.StartNew();
        string? last = null;
        while (watch.Elapsed < TeamUpSeasonHarness.Wait)
        {
            var instance = await engine.GetInstanceAsync("team-up-" + seasonId, getInputsAndOutputs: true);
            last = instance?.SerializedCustomStatus;
            if (instance?.RuntimeStatus == OrchestrationRuntimeStatus.Running && last is { Length: > 0 }
                && JsonSerializer.Deserialize<SeasonStatus>(last, JsonSerializerOptions.Web)?.Phase == phase)
            {
                return;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException(
            $"The workflow of season {seasonId} did not wait in '{phase}'; last status: {last}{Environment.NewLine}{host.Output}");
    }
}
