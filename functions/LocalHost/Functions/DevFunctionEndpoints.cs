namespace Transformation.LocalHost.Functions;

/// <summary>GET /dev/functions: every function the local host serves, by kind (local host only).</summary>
public static class DevFunctionEndpoints
{
    public static IEndpointRouteBuilder MapDevFunctions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dev/functions", (ServedFunctions served) =>
            Results.Json(served.All.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new { name = p.Key, kind = p.Value })));
        return endpoints;
    }
}
