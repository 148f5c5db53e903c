using Microsoft.DurableTask;
using Transformation.LocalHost.Functions;
using Transformation.Platform.Hosting;

namespace Transformation.LocalHost.Durable;

/// <summary>Registers every orchestrator and activity function of the app with the durable worker, under its function name.</summary>
public static class FunctionTasks
{
    public static void Register(DurableTaskRegistry registry, FunctionCatalog catalog, ServedFunctions served)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(served);
        foreach (var entry in catalog.Orchestrators)
        {
            var orchestrator = new FunctionOrchestrator(entry);
            registry.AddOrchestrator(entry.Name, () => orchestrator);
            served.Add("orchestrator", entry.Name);
        }

        foreach (var entry in catalog.Activities)
        {
            registry.AddActivity(entry.Name, sp => new FunctionActivity(entry, sp));
            served.Add("activity", entry.Name);
        }
    }
}
