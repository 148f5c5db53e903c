using System.Globalization;

namespace Transformation.Benchmarks.Load;

/// <summary>The options of a load run: <c>--name value</c> pairs after the scenario's name.</summary>
public sealed class LoadArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public LoadArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 == args.Count)
            {
                throw new ArgumentException($"Expected --name value, found '{args[i]}'.", nameof(args));
            }

            _values[args[i][2..]] = args[++i];
        }
    }

    public int Whole(string name, int fallback) =>
        _values.Remove(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public double Number(string name, double fallback) =>
        _values.Remove(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Fails on an option nobody asked for (a typo would otherwise run the defaults silently).</summary>
    public void ThrowIfUnused()
    {
        if (_values.Count > 0)
        {
            throw new ArgumentException("Unknown options: " + string.Join(", ", _values.Keys.Select(k => "--" + k)));
        }
    }
}
