using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.DurableTask.Client;
using Transformation.LocalHost.Durable;
using Transformation.Platform.Hosting;
using Transformation.Platform.Security;

namespace Transformation.LocalHost.Functions;

/// <summary>
/// Serves every [HttpTrigger] function of the app at its own route, with the same guard that runs in Azure
/// and the same parameter binding rules: HttpRequest, route values, [DurableClient], CancellationToken.
/// </summary>
public static class HttpFunctionEndpoints
{
    public static void MapFunctions(this WebApplication app, FunctionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(catalog);
        var prefix = HostJson.RoutePrefix.Trim('/');
        foreach (var entry in catalog.Http)
        {
            var binders = entry.Method.GetParameters().Select(p => Binder(entry, p)).ToArray();
            var route = prefix.Length == 0 ? entry.Route! : prefix + "/" + entry.Route;
            app.MapMethods("/" + route, entry.HttpMethods, http => InvokeAsync(http, entry, binders))
                .WithName(entry.Name)
                .WithMetadata(entry);
            app.Services.GetRequiredService<ServedFunctions>().Add("http", entry.Name);
        }
    }

    private static async Task InvokeAsync(HttpContext http, FunctionEntry entry, Func<HttpContext, object?>[] binders)
    {
        var guard = http.RequestServices.GetRequiredService<EndpointGuard>();
        var refusal = await guard.CheckAsync(http, entry.Method);
        if (refusal is not null)
        {
            await ExecuteAsync(http, refusal);
            return;
        }

        var target = entry.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(http.RequestServices, entry.Method.DeclaringType!);
        var result = await Invocation.InvokeAsync(entry.Method, target, binders.Select(b => b(http)).ToArray());
        switch (result)
        {
            case IActionResult action:
                await ExecuteAsync(http, action);
                break;
            case IResult minimal:
                await minimal.ExecuteAsync(http);
                break;
            case null:
                break;
            default:
                await http.Response.WriteAsJsonAsync(result, result.GetType());
                break;
        }
    }

    private static Task ExecuteAsync(HttpContext http, IActionResult result) =>
        result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));

    private static Func<HttpContext, object?> Binder(FunctionEntry entry, ParameterInfo parameter)
    {
        if (parameter == entry.Trigger)
        {
            return parameter.ParameterType == typeof(HttpRequest)
                ? http => http.Request
                : throw Unsupported(entry, parameter, "the trigger must be an HttpRequest (ASP.NET Core integration)");
        }

        if (parameter.ParameterType == typeof(DurableTaskClient))
        {
            return http => http.RequestServices.GetRequiredService<DurableTaskClient>();
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return http => http.RequestAborted;
        }

        if (parameter.ParameterType == typeof(string) && entry.Route!.Contains('{' + parameter.Name!, StringComparison.Ordinal))
        {
            return http => http.GetRouteValue(parameter.Name!)?.ToString();
        }

        throw Unsupported(entry, parameter, "allowed are HttpRequest, string route values, [DurableClient] DurableTaskClient and CancellationToken");
    }

    private static InvalidOperationException Unsupported(FunctionEntry entry, ParameterInfo parameter, string rule) =>
        new($"Function '{entry.Name}': parameter '{parameter.Name}' cannot be bound by the local host; {rule}.");
}
