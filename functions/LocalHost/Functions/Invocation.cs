using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Transformation.LocalHost;

/// <summary>Calls a function method by reflection and unwraps whatever it returns (void, T, Task, Task&lt;T&gt;).</summary>
public static class Invocation
{
    public static Type ResultType(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var type = method.ReturnType;
        if (type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask))
        {
            return typeof(object);
        }

        return type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;
    }

    public static async Task<object?> InvokeAsync(MethodInfo method, object? target, object?[] args)
    {
        ArgumentNullException.ThrowIfNull(method);
        object? returned;
        try
        {
            returned = method.Invoke(target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        switch (returned)
        {
            case Task task:
                await task;
                // The declared type, not the runtime one: an async Task method's box is generic too.
                return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty("Result")!.GetValue(task) : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            default:
                return returned;
        }
    }
}
