using Microsoft.AspNetCore.Routing;

namespace Transformation.LocalHost.Dev;

/// <summary>GET /dev/outbox: the mail the local outbox kept, for developers and tests.</summary>
public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapDevOutbox(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
