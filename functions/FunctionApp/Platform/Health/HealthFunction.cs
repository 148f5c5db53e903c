using System.ComponentModel;
using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Transformation.Platform.Storage;

namespace Transformation.Platform.Health;

/// <summary>Answers whether storage and the durable engine can be reached, and how fast.</summary>
public sealed class HealthFunction(Tables tables, ILogger<HealthFunction> log)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    [Function("Health")]
    [ProducesResponseType<HealthView>(StatusCodes.Status200OK)]
    [ProducesResponseType<HealthView>(StatusCodes.Status503ServiceUnavailable)]
    [AllowAnonymous]
    [Description("State of storage and of the durable engine. 200 when both answer, 503 otherwise.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request,
        [DurableClient] DurableTaskClient durable)
    {
        ArgumentNullException.ThrowIfNull(request);
        var storage = await ProbeAsync("storage", async ct =>
        {
            await foreach (var _ in tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: ct).AsPages(pageSizeHint: 1).ConfigureAwait(false))
            {
                break;
            }
        }).ConfigureAwait(false);
        var engine = await ProbeAsync("durable", ct => durable.GetInstanceAsync("health-probe", ct)).ConfigureAwait(false);
        var healthy = storage.Ok && engine.Ok;
        return new JsonResult(new HealthView(healthy ? "healthy" : "unhealthy", storage, engine))
        {
            StatusCode = healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
        };
    }

    private async Task<ProbeResult> ProbeAsync(string part, Func<CancellationToken, Task> probe)
    {
        using var timeout = new CancellationTokenSource(ProbeTimeout);
        var watch = Stopwatch.StartNew();
        try
        {
            await probe(timeout.Token).ConfigureAwait(false);
            return new ProbeResult(true, watch.ElapsedMilliseconds, null);
        }
#pragma warning disable CA1031 // a health probe reports any failure instead of throwing it
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogWarning(e, "Health probe of {Part} failed", part);
            return new ProbeResult(false, watch.ElapsedMilliseconds, e.GetType().Name);
        }
    }
}
