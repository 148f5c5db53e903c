using System.Text.Json;

namespace Transformation.Tests.Surveys.Attacks;

/// <summary>What a reader of the published results can count, and the groups and families the attacks read.</summary>
internal static class PublishedCounts
{
    public const int Threshold = 5;

    public static readonly string[] Groups = ["ministry", "bureau:B1", "bureau:B2", "division:D1", "division:D2", "division:D3"];

    /// <summary>Each parent and its children, as the harness's roster builds them.</summary>
    public static readonly Dictionary<string, string[]> Families = new(StringComparer.Ordinal)
    {
        ["ministry"] = ["bureau:B1", "bureau:B2"],
        ["bureau:B1"] = ["division:D1", "division:D2"],
        ["bureau:B2"] = ["division:D3"],
    };

    /// <summary>Every group's published result, as <paramref name="read"/> answers it.</summary>
    public static async Task<Dictionary<string, JsonElement>> ReadAsync(Func<string, Task<JsonElement>> read)
    {
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            results[group] = (await read(group)).GetProperty("group");
        }

        return results;
    }

    /// <summary>
    /// Every count a parent minus its shown children leaves between one and the threshold: each one is a hidden
    /// group's exact count, worked out by subtraction.
    /// </summary>
    public static List<string> SmallRemainders(Dictionary<string, JsonElement> results)
    {
        var found = new List<string>();
        foreach (var (parent, children) in Families)
        {
            foreach (var (id, parentCount) in Of(results[parent]))
            {
                var shown = children.Select(c => Of(results[c]).GetValueOrDefault(id)).Where(n => n is not null).Sum(n => n!.Value);
                var remainder = parentCount - shown;
                if (remainder is > 0 and < Threshold)
                {
                    found.Add($"{parent} minus its shown children leaves {remainder} on {id}");
                }
            }
        }

        return found;
    }

    /// <summary>Every count a reader sees in a group: respondents, and each shown category's and item's answer count.</summary>
    public static Dictionary<string, int?> Of(JsonElement group)
    {
        var counts = new Dictionary<string, int?>(StringComparer.Ordinal) { ["respondents"] = Number(group, "respondents") };
        foreach (var list in new[] { "categories", "items" })
        {
            foreach (var entry in Summaries(group, list))
            {
                counts[list + ":" + entry.GetProperty("id").GetString()] = Number(entry, "respondents");
            }
        }

        return counts.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }

    /// <summary>The group's score summaries: "overall", then every category and item, keyed "categories:id" and so on.</summary>
    public static IEnumerable<(string Key, JsonElement Summary)> AllSummaries(JsonElement group)
    {
        if (group.TryGetProperty("overall", out var overall) && overall.ValueKind == JsonValueKind.Object)
        {
            yield return ("overall", overall);
        }

        foreach (var list in new[] { "categories", "items" })
        {
            foreach (var entry in Summaries(group, list))
            {
                yield return (list + ":" + entry.GetProperty("id").GetString(), entry);
            }
        }
    }

    public static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    public static double? Decimal(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static List<JsonElement> Summaries(JsonElement group, string list) =>
        group.TryGetProperty(list, out var entries) && entries.ValueKind == JsonValueKind.Array ? [.. entries.EnumerateArray()] : [];
}
