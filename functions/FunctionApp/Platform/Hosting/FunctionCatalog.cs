using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Transformation.Platform.Hosting;

/// <summary>
/// Every [Function] of the app, read from the app's own attributes. The local host serves what this
/// finds and the OpenAPI document describes it, so nothing is declared a second time.
/// </summary>
public sealed class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<FunctionEntry> entries)
    {
        Entries = entries;
        ByName = entries.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<FunctionEntry> Entries { get; }

    public IReadOnlyDictionary<string, FunctionEntry> ByName { get; }

    public IEnumerable<FunctionEntry> Http => Entries.Where(e => e.Kind == FunctionKind.Http);

    public IEnumerable<FunctionEntry> Timers => Entries.Where(e => e.Kind == FunctionKind.Timer);

    public IEnumerable<FunctionEntry> Orchestrators => Entries.Where(e => e.Kind == FunctionKind.Orchestrator);

    public IEnumerable<FunctionEntry> Activities => Entries.Where(e => e.Kind == FunctionKind.Activity);

    public static FunctionCatalog Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var entries = assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => FunctionEntry.Read(x.Attribute!.Name, x.Method))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        var duplicate = entries.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two functions are named '{duplicate.Key}'.");
        }

        return new FunctionCatalog(entries);
    }

    /// <summary>The catalog of this app.</summary>
    public static FunctionCatalog App { get; } = Of(typeof(FunctionCatalog).Assembly);
}
