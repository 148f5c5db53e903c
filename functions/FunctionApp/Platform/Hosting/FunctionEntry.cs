using System.ComponentModel;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Transformation.Platform.Hosting;

/// <summary>One [Function]: its trigger and what the trigger declares.</summary>
public sealed record FunctionEntry(
    string Name,
    MethodInfo Method,
    FunctionKind Kind,
    ParameterInfo Trigger,
    IReadOnlyList<string> HttpMethods,
    string? Route,
    string? Schedule,
    string? Summary)
{
    public static FunctionEntry Read(string name, MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var summary = method.GetCustomAttribute<DescriptionAttribute>()?.Description;
        foreach (var p in method.GetParameters())
        {
            if (p.GetCustomAttribute<HttpTriggerAttribute>() is { } http)
            {
                var methods = (http.Methods ?? ["get", "post"]).Select(m => m.ToUpperInvariant()).ToList();
                return new FunctionEntry(name, method, FunctionKind.Http, p, methods, (http.Route ?? name).TrimStart('/'), null, summary);
            }

            if (p.GetCustomAttribute<TimerTriggerAttribute>() is { } timer)
            {
                return new FunctionEntry(name, method, FunctionKind.Timer, p, [], null, timer.Schedule, summary);
            }

            if (p.GetCustomAttribute<OrchestrationTriggerAttribute>() is not null)
            {
                return new FunctionEntry(name, method, FunctionKind.Orchestrator, p, [], null, null, summary);
            }

            if (p.GetCustomAttribute<ActivityTriggerAttribute>() is not null)
            {
                return new FunctionEntry(name, method, FunctionKind.Activity, p, [], null, null, summary);
            }
        }

        throw new InvalidOperationException(
            $"Function '{name}' ({method.DeclaringType?.Name}.{method.Name}) has a trigger the local host does not know.");
    }

    /// <summary>The input an orchestrator takes: its second parameter, bound from the orchestration input.</summary>
    public Type? OrchestratorInputType =>
        Kind == FunctionKind.Orchestrator ? Method.GetParameters().FirstOrDefault(p => p != Trigger)?.ParameterType : null;
}
