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
    private static readonly string[] Groups = PublishedCounts.Groups;

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
        var results = await PublishedCounts.ReadAsync(group => run.ResultsAsync(group));

        Assert.Empty(PublishedCounts.SmallRemainders(results));
    }
}
