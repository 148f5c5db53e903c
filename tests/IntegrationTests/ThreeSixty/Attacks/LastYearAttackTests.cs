using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Reports;
using static Transformation.Tests.ThreeSixty.Attacks.LastYearRounds;

namespace Transformation.Tests.ThreeSixty.Attacks;

/// <summary>
/// A subject holds this year's report page and last year's, and tries to learn across the two years what neither
/// shows alone: a group, item or category left out last year through this year's "last year" columns, a group left out
/// this year next to last year's figure, last year's raters or comments in this year's figures, or a difference of
/// two years' figures that stands for fewer than three raters. Every figure either page shows must be one that page's
/// own year shows, pooled from at least three of that year's answers; a difference across years is then one of two
/// disjoint sets of answers.
/// </summary>
[Collection(LastYearRoundsCollection.Name)]
public sealed class LastYearAttackTests(LastYearRounds run)
{
    private const int Threshold = 3;
    private static readonly string[] LastYearSubordinates = ["S1", "E11", "E12"];
    private static readonly string[] LastYearPeers = ["K2", "K3"];
    private static readonly string[] ThisYearSubordinates = ["S1", "E11"];
    private static readonly string[] ThisYearPeers = ["K2", "K3", "K4"];

    [Fact]
    public void An_item_and_category_left_out_last_year_show_no_last_year_figure_this_year()
    {
        var (_, name, items) = QuestionnaireCategories[0];
        var then = ReportPageRows.Read(run.Pages[(LastYear, "K1")]);
        var now = ReportPageRows.Read(run.Pages[(ThisYear, "K1")]);

        // Last year E12 could not judge the category: two scores an item, so nothing of it was shown …
        Assert.All(items.Append(name), id => Assert.Equal(ReportFormat.None, ReportPageRows.Row(then, id).Others));
        // … and this year, with three peers, it is shown, but its "last year" column stays empty.
        Assert.All(items.Append(name), id => Assert.NotEqual(ReportFormat.None, ReportPageRows.Row(now, id).Others));
        Assert.All(items.Append(name), id => Assert.Equal(ReportFormat.None, ReportPageRows.Row(now, id).LastYearOthers));
    }

    [Theory]
    [InlineData("K1")]
    [InlineData("S1")]
    public void Every_last_year_figure_on_this_years_page_is_the_one_last_years_page_showed(string subject)
    {
        var then = ReportPageRows.Read(run.Pages[(LastYear, subject)]);
        var now = ReportPageRows.Read(run.Pages[(ThisYear, subject)]);

        Assert.Equal(then.Keys.Order(StringComparer.Ordinal), now.Keys.Order(StringComparer.Ordinal));
        Assert.All(now.Values, row => Assert.Equal(then[row.Label].Others, row.LastYearOthers));
        Assert.All(now.Values, row => Assert.Equal(then[row.Label].Self, row.LastYearSelf));
        Assert.Contains(now.Values, row => row.LastYearOthers != ReportFormat.None); // else nothing was compared
    }

    [Fact]
    public void A_group_left_out_last_year_is_in_no_last_year_figure()
    {
        var now = ReportPageRows.Read(run.Pages[(ThisYear, "K1")]);
        var compared = 0;
        foreach (var item in QuestionnaireCategories.SelectMany(c => c.Items))
        {
            var shown = ReportPageRows.Row(now, item).LastYearOthers;
            if (shown == ReportFormat.None)
            {
                continue;
            }

            var subordinates = ScoresOf(LastYear, "K1", item, LastYearSubordinates);
            var withPeers = subordinates.Concat(ScoresOf(LastYear, "K1", item, LastYearPeers)).ToList();
            Assert.Equal(ReportFormat.Mean(subordinates.Average()), shown);
            Assert.NotEqual(ReportFormat.Mean(withPeers.Average()), shown); // K2's and K3's scores would have shown
            compared++;
        }

        Assert.True(compared > 0, "no item showed a last-year figure: the attack compared nothing");
    }

    [Fact]
    public void A_group_shown_last_year_and_left_out_this_year_is_in_no_figure_beside_last_years()
    {
        var now = ReportPageRows.Read(run.Pages[(ThisYear, "K1")]);

        foreach (var item in QuestionnaireCategories.SelectMany(c => c.Items))
        {
            var row = ReportPageRows.Row(now, item);
            var peers = ScoresOf(ThisYear, "K1", item, ThisYearPeers);
            var withSubordinates = peers.Concat(ScoresOf(ThisYear, "K1", item, ThisYearSubordinates)).ToList();
            Assert.Equal(ReportFormat.Mean(peers.Average()), row.Others);
            Assert.NotEqual(ReportFormat.Mean(withSubordinates.Average()), row.Others); // S1's and E11's scores would have shown
        }
    }

    [Fact]
    public void A_subject_with_no_group_this_year_sees_last_years_figures_and_no_figure_of_this_years_raters()
    {
        var page = run.Pages[(ThisYear, "S1")];
        var now = ReportPageRows.Read(page);

        Assert.All(now.Values, row => Assert.All(row.OthersFigures, cell => Assert.Equal(ReportFormat.None, cell)));
        Assert.All(now.Values, row => Assert.NotEqual(ReportFormat.None, row.LastYearOthers));
        Assert.DoesNotContain(new[] { "E13", "E14" }, rater => page.Contains(CommentOf(ThisYear, rater, "S1"), StringComparison.Ordinal));
    }

    [Fact]
    public void A_rater_of_last_year_only_is_counted_in_no_group_this_year()
    {
        // E12 rated K1 and E15 rated S1 last year only: with them, this year's subordinates would be three.
        var k1 = ReportPageRows.GroupsShown(run.Pages[(ThisYear, "K1")]);
        var s1 = ReportPageRows.GroupsShown(run.Pages[(ThisYear, "S1")]);

        Assert.Equal(new Dictionary<string, int> { [Group(RaterGroup.Peer)] = 3 }, k1);
        Assert.Empty(s1);
        Assert.Equal(new Dictionary<string, int> { [Group(RaterGroup.Subordinate)] = 3 }, ReportPageRows.GroupsShown(run.Pages[(LastYear, "K1")]));
    }

    [Fact]
    public void No_comment_of_last_year_appears_on_this_years_pages()
    {
        var lastYears = Ratings[LastYear].SelectMany(r => r.Subjects.Where(s => s != r.Rater).Select(s => CommentOf(LastYear, r.Rater, s))).ToList();

        Assert.Contains(lastYears, c => run.Pages[(LastYear, "K1")].Contains(c, StringComparison.Ordinal)); // they were shown then
        foreach (var subject in Subjects)
        {
            Assert.DoesNotContain(lastYears, c => run.Pages[(ThisYear, subject)].Contains(c, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(LastYear)]
    [InlineData(ThisYear)]
    public void By_subtraction_each_years_reports_show_only_pools_of_shown_groups_of_three_or_more(string round)
    {
        var reports = run.Reports.Where(r => r.RoundId == round).ToList();

        Assert.Contains(reports, r => r.SubjectId == "K1");
        foreach (var row in reports.SelectMany(r => r.Items.Concat(r.Categories)))
        {
            Assert.All(row.Groups, g => Assert.True(g.Count >= Threshold, $"{round} {row.Id}: {g.Group} shown with {g.Count}"));
            if (row.Others is { } others)
            {
                // All others is the shown groups' distributions added up: nothing in it that a shown figure does not hold.
                var pooled = Enumerable.Range(0, 5).Select(s => row.Groups.Sum(g => g.Distribution[s])).ToList();
                Assert.Equal(row.Groups.Sum(g => g.Count), row.OthersCount);
                Assert.Equal(pooled.Select((n, s) => n * (s + 1)).Sum() / (double)pooled.Sum(), others, 9);
            }
            else
            {
                Assert.Empty(row.Groups);
            }
        }
    }

    private static string Group(RaterGroup group) => ThreeSixtyReportTexts.Group(group).In(Language.Ja);
}
