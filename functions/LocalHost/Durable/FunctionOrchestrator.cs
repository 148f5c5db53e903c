using Microsoft.DurableTask;
using Transformation.Platform.Hosting;

namespace Transformation.LocalHost.Durable;

/// <summary>Runs an [OrchestrationTrigger] function: the context first, the orchestration input as the optional second parameter.</summary>
public sealed class FunctionOrchestrator : ITaskOrchestrator
{
    private readonly FunctionEntry _entry;

    public FunctionOrchestrator(FunctionEntry entry)
    {
        _entry = entry;
        var parameters = entry.Method.GetParameters();
        if (parameters.Length > 2 || !entry.Method.IsStatic)
        {
            throw new InvalidOperationException(
                $"Orchestrator '{entry.Name}' must be static and take (TaskOrchestrationContext context[, TInput input]).");
        }
    }

    public Type InputType => _entry.OrchestratorInputType ?? typeof(object);

    public Type OutputType => Invocation.ResultType(_entry.Method);

    public Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
    {
        var args = _entry.Method.GetParameters().Length == 2 ? new[] { context, input } : new object?[] { context };
        return Invocation.InvokeAsync(_entry.Method, null, args);
    }
}
