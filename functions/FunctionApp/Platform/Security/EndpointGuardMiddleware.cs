using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Transformation.Platform.Hosting;

namespace Transformation.Platform.Security;

/// <summary>In Azure, runs the <see cref="EndpointGuard"/> before every HTTP function, as the local host does.</summary>
public sealed class EndpointGuardMiddleware(EndpointGuard guard) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.GetHttpContext();
        if (http is not null && FunctionCatalog.App.ByName.TryGetValue(context.FunctionDefinition.Name, out var entry))
        {
            var refusal = await guard.CheckAsync(http, entry.Method).ConfigureAwait(false);
            if (refusal is not null)
            {
                await refusal.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor())).ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }
}
