using Microsoft.DurableTask.Client;
using Transformation.LocalHost.Timers;
using Transformation.Platform.Hosting;

namespace Transformation.LocalHost.Functions;

/// <summary>
/// POST /admin/functions/{name} runs a timer function now, as the Functions host's admin endpoint does.
/// Local host only, loopback only; used by developers and tests instead of waiting for a schedule.
/// </summary>
public static class AdminFunctionEndpoints
{
    public static IEndpointRouteBuilder MapAdminFunctions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/functions/{name}", async (string name, FunctionCatalog catalog, LocalTimers timers, CancellationToken ct) =>
        {
            if (!catalog.ByName.TryGetValue(name, out var entry) || entry.Kind != FunctionKind.Timer)
            {
                return Results.Problem(title: "Unknown timer function", detail: $"No timer function is named '{name}'.", statusCode: 404);
            }

            await timers.RunAsync(entry, ct);
            return Results.Accepted();
        });
        return endpoints;
    }
}
