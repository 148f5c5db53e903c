using System.Text.Json;

namespace Transformation.Tests.Surveys.Attacks;

/// <summary>
/// HR holds this year's results and last year's, and tries to learn across the two years what neither shows alone:
/// last year's hidden D2 through this year's "last year" column, last year's comments or answers in this year's
/// figures, or a small remainder by subtraction in last year's results.
/// </summary>
[Collection(AttackedCycleCollection.Name)]
public sealed class LastYearAttackTests(AttackedCycle run)
{
    [Fact]
    public async Task A_group_hidden_last_year_shows_no_last_year_figure_or_change_this_year()
    {
        var lastYear = await PublishedCounts.ReadAsync(group => run.ResultsAsync(AttackedCycle.LastYear, group));
        var thisYear = await PublishedCounts.ReadAsync(group => run.ResultsAsync(group));
        var hiddenThenShownNow = PublishedCounts.Groups.Where(g => !Shown(lastYear[g]) && Shown(thisYear[g])).ToList();

        Assert.NotEmpty(hiddenThenShownNow); // else the attack has nothing to try
        foreach (var (_, summary) in hiddenThenShownNow.SelectMany(g => PublishedCounts.AllSummaries(thisYear[g])))
        {
            Assert.Null(PublishedCounts.Decimal(summary, "lastYear"));
            Assert.Null(PublishedCounts.Decimal(summary, "change"));
        }
    }

    [Fact]
    public async Task Every_last_year_figure_shown_this_year_is_one_that_was_published_last_year()
    {
        var compared = 0;
        foreach (var group in PublishedCounts.Groups)
        {
            var then = Means((await run.ResultsAsync(AttackedCycle.LastYear, group)).GetProperty("group"));
            foreach (var (key, summary) in PublishedCounts.AllSummaries((await run.ResultsAsync(group)).GetProperty("group")))
            {
                if (PublishedCounts.Decimal(summary, "lastYear") is not { } shown)
                {
                    continue;
                }

                Assert.True(then.TryGetValue(key, out var published), $"{group} {key} shows a last-year mean that was never published");
                Assert.Equal(published, shown, 9);
                Assert.Equal(PublishedCounts.Decimal(summary, "mean")!.Value - published, PublishedCounts.Decimal(summary, "change")!.Value, 9);
                compared++;
            }
        }

        Assert.True(compared > 0, "no group showed a last-year figure: the attack compared nothing");
    }

    [Fact]
    public async Task No_comment_of_last_year_appears_in_any_of_this_years_lists()
    {
        foreach (var group in PublishedCounts.Groups)
        {
            var text = (await run.ResultsAsync(group)).GetRawText();
            Assert.DoesNotContain(AttackedCycle.AnsweredLastYear, id => text.Contains(Prefix(AttackedCycle.CommentOf(id, AttackedCycle.LastYear)), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task No_comment_of_a_division_hidden_last_year_appears_in_last_years_lists()
    {
        var lastYear = await PublishedCounts.ReadAsync(group => run.ResultsAsync(AttackedCycle.LastYear, group));
        var hidden = AttackedCycle.AnsweredLastYear.Where(id => !Shown(lastYear["division:D" + id[1]])).ToList();

        Assert.NotEmpty(hidden);
        foreach (var text in lastYear.Values.Select(g => g.GetRawText()))
        {
            Assert.DoesNotContain(hidden, id => text.Contains(Prefix(AttackedCycle.CommentOf(id, AttackedCycle.LastYear)), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task This_years_counts_include_no_answer_given_last_year()
    {
        var d1 = (await run.ResultsAsync("division:D1")).GetProperty("group");

        Assert.Equal(AttackedCycle.D1.Length, PublishedCounts.Number(d1, "respondents"));
    }

    [Fact]
    public async Task By_subtraction_last_years_results_leave_no_parent_minus_shown_children_between_one_and_the_threshold()
    {
        var results = await PublishedCounts.ReadAsync(group => run.ResultsAsync(AttackedCycle.LastYear, group));

        Assert.Empty(PublishedCounts.SmallRemainders(results));
    }

    private static bool Shown(JsonElement group) => group.GetProperty("scoresShown").GetBoolean();

    private static Dictionary<string, double> Means(JsonElement group) =>
        PublishedCounts.AllSummaries(group).Where(s => PublishedCounts.Decimal(s.Summary, "mean") is not null)
            .ToDictionary(s => s.Key, s => PublishedCounts.Decimal(s.Summary, "mean")!.Value, StringComparer.Ordinal);

    // "意見5xx番" / "意見7xx番": the part that names the person's comment, whatever follows it.
    private static string Prefix(string comment) => comment[..comment.IndexOf('：', StringComparison.Ordinal)];
}
