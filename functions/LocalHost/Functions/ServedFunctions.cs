using System.Collections.Concurrent;

namespace Transformation.LocalHost.Functions;

/// <summary>What the local host actually registered, by kind, for GET /dev/functions.</summary>
public sealed class ServedFunctions
{
    private readonly ConcurrentDictionary<string, string> _served = new(StringComparer.Ordinal);

    public void Add(string kind, string name) => _served[name] = kind;

    public IReadOnlyDictionary<string, string> All => _served;
}
