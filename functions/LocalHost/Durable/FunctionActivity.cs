using Microsoft.DurableTask;
using Transformation.Platform.Hosting;

namespace Transformation.LocalHost.Durable;

/// <summary>Runs an [ActivityTrigger] function on a fresh DI scope, as the Functions host does for each invocation.</summary>
public sealed class FunctionActivity(FunctionEntry entry, IServiceProvider services) : ITaskActivity
{
    public Type InputType => entry.Trigger.ParameterType;

    public Type OutputType => Invocation.ResultType(entry.Method);

    public async Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        await using var scope = services.CreateAsyncScope();
        var target = entry.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, entry.Method.DeclaringType!);
        var args = entry.Method.GetParameters()
            .Select(p => p == entry.Trigger ? input : p.ParameterType == typeof(CancellationToken) ? CancellationToken.None
                : throw new InvalidOperationException($"Activity '{entry.Name}' has a parameter '{p.Name}' the local host cannot supply."))
            .ToArray();
        return await Invocation.InvokeAsync(entry.Method, target, args);
    }
}
