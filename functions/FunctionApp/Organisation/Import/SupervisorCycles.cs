namespace Transformation.Organisation.Import;

/// <summary>
/// Finds the circles in "who reports to whom". Everyone has at most one supervisor, so following the
/// links from any person either reaches the top or enters a circle; each person is walked once.
/// </summary>
public static class SupervisorCycles
{
    /// <param name="people">Every staff id, in the order the file lists them (so answers are stable).</param>
    /// <param name="supervisorOf">The supervisor of each person who has a known one other than themself.</param>
    /// <returns>Each circle once, starting with the member that comes first in <paramref name="people"/>.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<string> people, IReadOnlyDictionary<string, string> supervisorOf)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(supervisorOf);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in people)
        {
            order.TryAdd(id, order.Count);
        }

        var finished = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var start in people)
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
            var current = start;
            while (!finished.Contains(current))
            {
                if (onPath.TryGetValue(current, out var at))
                {
                    // Came back to someone already on this walk: everyone from there on is in the circle.
                    cycles.Add(FromFirst(path.Skip(at).ToList(), order));
                    break;
                }

                onPath[current] = path.Count;
                path.Add(current);
                if (!supervisorOf.TryGetValue(current, out var next))
                {
                    break;
                }

                current = next;
            }

            finished.UnionWith(path);
        }

        return cycles;
    }

    private static List<string> FromFirst(List<string> cycle, Dictionary<string, int> order)
    {
        var first = cycle.Select((id, i) => (id, i)).MinBy(x => order.GetValueOrDefault(x.id, int.MaxValue)).i;
        var rotated = cycle.Skip(first).Concat(cycle.Take(first)).ToList();
        rotated.Add(rotated[0]);
        return rotated;
    }
}
