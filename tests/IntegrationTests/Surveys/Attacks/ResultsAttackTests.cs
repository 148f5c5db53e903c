using System.Text.Json;

namespace Transformation.Tests.Surveys.Attacks;

/// <summary>
/// HR reads every result published for the cycle (the widest reader) and tries to learn something about the small
/// division D3 (2 respondents): its comments in any list, its figures, or any count by subtracting shown groups
/// from their parents, at respondent, category and item level.
/// </summary>
[Collection(AttackedCycleCollection.Name)]
public sealed class ResultsAttackTests(AttackedCycle run)
{
    private const int Threshold = 5;
    private static readonly string[] Groups = ["ministry", "bureau:B1", "bureau:B2", "division:D1", "division:D2", "division:D3"];

    [Fact]
    public async Task By_comment_no_list_at_any_level_carries_a_comment_of_the_small_division()
    {
        foreach (var group in Groups)
        {
            var text = (await run.ResultsAsync(group)).GetRawText();
            Assert.DoesNotContain(AttackedCycle.D3, id => text.Contains(AttackedCycle.CommentOf(id)[..6], StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_small_division_publishes_no_respondents_invited_count_or_rate()
    {
        var d3 = (await run.ResultsAsync("division:D3")).GetProperty("group");

        Assert.False(d3.GetProperty("scoresShown").GetBoolean());
        foreach (var name in new[] { "respondents", "invited", "responseRate" })
        {
            Assert.True(!d3.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null, $"D3 publishes {name}");
        }
    }

    [Fact]
    public async Task By_subtraction_no_parent_minus_its_shown_children_leaves_between_one_and_the_threshold()
    {
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            results[group] = (await run.ResultsAsync(group)).GetProperty("group");
        }

        var families = new Dictionary<string, string[]>
        {
            ["ministry"] = ["bureau:B1", "bureau:B2"],
            ["bureau:B1"] = ["division:D1", "division:D2"],
            ["bureau:B2"] = ["division:D3"],
        };
        foreach (var (parent, children) in families)
        {
            foreach (var (id, parentCount) in Counts(results[parent]))
            {
                var shown = children.Select(c => Counts(results[c]).GetValueOrDefault(id)).Where(n => n is not null).Sum(n => n!.Value);
                var remainder = parentCount - shown;
                Assert.True(remainder == 0 || remainder >= Threshold, $"{parent} minus its shown children leaves {remainder} on {id}");
            }
        }
    }

    // Every count a reader sees in a group: respondents, and each shown category's and item's answer count.
    private static Dictionary<string, int?> Counts(JsonElement group)
    {
        var counts = new Dictionary<string, int?>(StringComparer.Ordinal) { ["respondents"] = Number(group, "respondents") };
        foreach (var list in new[] { "categories", "items" })
        {
            if (group.TryGetProperty(list, out var entries) && entries.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in entries.EnumerateArray())
                {
                    counts[list + ":" + entry.GetProperty("id").GetString()] = Number(entry, "respondents");
                }
            }
        }

        return counts.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
