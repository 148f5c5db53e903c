using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.Attention;

/// <summary>HR's attention API on a running local host, as HR1 (hr.admin) calls it, and the durable engine's client for setting up faults.</summary>
public sealed class AttentionHttp(CareSheetHarness sheets)
{
    public async Task<JsonElement> ListAsync(string staffId = "HR1", string role = "hr.admin")
    {
        using var client = await sheets.ClientAsync(staffId, role);
        using var response = await client.GetAsync("/api/attention?lang=en");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The attention list answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Polls the list until the instance is there as <paramref name="kind"/>.</summary>
    public async Task<JsonElement> WaitForItemAsync(string instanceId, string kind)
    {
        var watch = Stopwatch.StartNew();
        var last = default(JsonElement);
        while (watch.Elapsed < CareSheetHarness.Wait)
        {
            last = await ListAsync();
            foreach (var item in last.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("instanceId").GetString() == instanceId && item.GetProperty("kind").GetString() == kind)
                {
                    return item;
                }
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"{instanceId} was not listed as {kind}: {last}");
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> ActAsync(string action, string instanceId, string actionId, string? to = null,
        string staffId = "HR1", string role = "hr.admin")
    {
        using var client = await sheets.ClientAsync(staffId, role);
        using var response = await client.PostAsJsonAsync("/api/attention/actions?lang=en",
            new Dictionary<string, string?> { ["action"] = action, ["instanceId"] = instanceId, ["actionId"] = actionId, ["to"] = to });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"The action failed: {text}{Environment.NewLine}{sheets.Host.Output}");
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A client of the host's durable engine (its gRPC sidecar), for what only an operator or a fault does.</summary>
    public static DurableTaskClient Engine(LocalHostProcess host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{host.SidecarPort}");
        var services = new ServiceCollection().AddLogging().AddDurableTaskClient(builder => builder.UseGrpc(channel));
        return services.BuildServiceProvider().GetRequiredService<DurableTaskClient>();
    }

    public static string InstanceOf(string sheetId, int version = 1) => $"caresheet-{sheetId}-v{version}";
}
