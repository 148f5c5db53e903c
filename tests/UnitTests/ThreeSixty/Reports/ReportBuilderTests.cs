using System.Security.Cryptography;
using System.Text;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;
using static Transformation.Tests.ThreeSixty.Reports.ReportAnswers;

namespace Transformation.Tests.ThreeSixty.Reports;

/// <summary>One subject's report, checked number by number against figures worked out by hand.</summary>
public sealed class ReportBuilderTests
{
    private const int Precision = 10;

    /// <summary>
    /// Self; three subordinates; four peers; the supervisor (left out by default). A null is "cannot judge".
    /// </summary>
    private static readonly RatingAnswer[] Round =
    [
        Answer(RaterGroup.Self, 5, 3, 4, 4, "自分の強み", "自分の課題"),
        Answer(RaterGroup.Subordinate, 4, 4, 2, null, "方針が明確", "会議を短く"),
        Answer(RaterGroup.Subordinate, 5, 4, 3, null),
        Answer(RaterGroup.Subordinate, 3, null, 4, 5, "相談しやすい"),
        Answer(RaterGroup.Peer, 2, 5, 3, 3, null, "もっと任せて"),
        Answer(RaterGroup.Peer, 3, 5, 3, 3),
        Answer(RaterGroup.Peer, 3, 4, 4, 4),
        Answer(RaterGroup.Peer, 4, 4, null, 4),
        Answer(RaterGroup.Supervisor, 1, 1, 1, 1, "上司のコメント", "上司の提案"),
    ];

    /// <summary>
    /// Worked by hand (threshold 3, gap threshold 0.5):
    /// subordinates V01 {4,5,3} = 4.00 (3); V02 {4,4} has 2 scores: left out; D01 {2,3,4} = 3.00 (3); D02 {5}: left out.
    /// peers V01 {2,3,3,4} = 3.00 (4); V02 {5,5,4,4} = 4.50 (4); D01 {3,3,4} = 10/3 (3); D02 {3,3,4,4} = 3.50 (4).
    /// all others V01 = (12 + 12) / 7 = 24/7 = 3.4286, self 5, gap 11/7 = 1.5714 (blind spot);
    /// V02 = peers only = 4.50, self 3, gap −1.50 (hidden strength); D01 = (9 + 10) / 6 = 19/6 = 3.1667, self 4,
    /// gap 5/6 = 0.8333 (blind spot); D02 = peers only = 3.50, self 4, gap 0.50 (blind spot: at the threshold counts).
    /// The supervisor's 1s are in none of these.
    /// </summary>
    [Fact]
    public void Every_item_figure_matches_the_hand_computation()
    {
        var report = Build(Round);

        var v01 = report.Items.Single(r => r.Id == "V01");
        Assert.Equal(4.0, v01.Of(RaterGroup.Subordinate)!.Mean, Precision);
        Assert.Equal(3, v01.Of(RaterGroup.Subordinate)!.Count);
        Assert.Equal(3.0, v01.Of(RaterGroup.Peer)!.Mean, Precision);
        Assert.Equal(24.0 / 7, v01.Others!.Value, Precision);
        Assert.Equal(7, v01.OthersCount);
        Assert.Equal(5.0, v01.Self);
        Assert.Equal(11.0 / 7, v01.Gap!.Value, Precision);

        var v02 = report.Items.Single(r => r.Id == "V02");
        Assert.Null(v02.Of(RaterGroup.Subordinate));
        Assert.Equal(4.5, v02.Others!.Value, Precision);
        Assert.Equal(-1.5, v02.Gap!.Value, Precision);

        var d01 = report.Items.Single(r => r.Id == "D01");
        Assert.Equal(10.0 / 3, d01.Of(RaterGroup.Peer)!.Mean, Precision);
        Assert.Equal(19.0 / 6, d01.Others!.Value, Precision);
        Assert.Equal(5.0 / 6, d01.Gap!.Value, Precision);

        var d02 = report.Items.Single(r => r.Id == "D02");
        Assert.Null(d02.Of(RaterGroup.Subordinate));
        Assert.Equal(3.5, d02.Others!.Value, Precision);
        Assert.Equal(0.5, d02.Gap!.Value, Precision);
    }

    /// <summary>
    /// Worked by hand: vision — subordinates pool only V01 (V02 is left out for them): 3 respondents, 4.00; peers pool
    /// V01 and V02: (12 + 18) / 8 = 3.75 from 4 respondents; all others (12 + 30) / 11 = 42/11 = 3.8182 from 7; self
    /// (5 + 3) / 2 = 4.00; gap 2/11 = 0.1818. development — subordinates D01 only: 3.00 (3); peers (10 + 14) / 7 =
    /// 24/7 from 4; all others (9 + 24) / 10 = 3.30 from 7; self 4.00; gap 0.70.
    /// </summary>
    [Fact]
    public void Every_category_figure_matches_the_hand_computation()
    {
        var report = Build(Round);

        var vision = report.Categories.Single(r => r.Id == "vision");
        Assert.Equal(4.0, vision.Of(RaterGroup.Subordinate)!.Mean, Precision);
        Assert.Equal(3, vision.Of(RaterGroup.Subordinate)!.Count);
        Assert.Equal(3.75, vision.Of(RaterGroup.Peer)!.Mean, Precision);
        Assert.Equal(4, vision.Of(RaterGroup.Peer)!.Count);
        Assert.Equal(42.0 / 11, vision.Others!.Value, Precision);
        Assert.Equal(7, vision.OthersCount);
        Assert.Equal(4.0, vision.Self!.Value, Precision);
        Assert.Equal(2.0 / 11, vision.Gap!.Value, Precision);

        var development = report.Categories.Single(r => r.Id == "development");
        Assert.Equal(3.0, development.Of(RaterGroup.Subordinate)!.Mean, Precision);
        Assert.Equal(24.0 / 7, development.Of(RaterGroup.Peer)!.Mean, Precision);
        Assert.Equal(3.3, development.Others!.Value, Precision);
        Assert.Equal(0.7, development.Gap!.Value, Precision);
    }

    [Fact]
    public void Blind_spots_and_hidden_strengths_are_listed_largest_gap_first_and_a_gap_at_the_threshold_counts()
    {
        var report = Build(Round);

        Assert.Equal(["V01", "D01", "D02"], report.BlindSpots);
        Assert.Equal(["V02"], report.HiddenStrengths);
    }

    [Fact]
    public void A_gap_just_under_the_threshold_is_neither_a_blind_spot_nor_a_hidden_strength()
    {
        // Others 4, 4, 5 = 4.3333; self 4: gap −0.3333.
        var report = Build([
            Answer(RaterGroup.Self, 4, null), Answer(RaterGroup.Peer, 4, null), Answer(RaterGroup.Peer, 4, null),
            Answer(RaterGroup.Peer, 5, null)]);

        Assert.Empty(report.BlindSpots);
        Assert.Empty(report.HiddenStrengths);
    }

    [Fact]
    public void A_group_of_two_is_left_out_of_the_report_and_of_all_others()
    {
        var report = Build([
            Answer(RaterGroup.Self, 3, 3), Answer(RaterGroup.Subordinate, 1, 1), Answer(RaterGroup.Subordinate, 1, 1),
            Answer(RaterGroup.Peer, 4, 4), Answer(RaterGroup.Peer, 5, 5), Answer(RaterGroup.Peer, 3, 3)]);

        Assert.Equal([RaterGroup.Peer], report.Groups.Select(g => g.Group));
        var v01 = report.Items.Single(r => r.Id == "V01");
        Assert.Null(v01.Of(RaterGroup.Subordinate));
        Assert.Equal(4.0, v01.Others!.Value, Precision);
        Assert.Equal(3, v01.OthersCount);
    }

    [Fact]
    public void The_supervisor_is_left_out_of_all_others_by_default()
    {
        var report = Build(Round);

        Assert.DoesNotContain(report.Groups, g => g.Group == RaterGroup.Supervisor);
        Assert.All(report.Items.Concat(report.Categories), r => Assert.Null(r.Of(RaterGroup.Supervisor)));
    }

    [Fact]
    public void With_the_setting_on_the_supervisor_is_shown_alone_and_counted_in_all_others()
    {
        var report = Build(Round, Options(supervisorShown: true));

        Assert.Equal(new GroupCount(RaterGroup.Supervisor, 1), report.Groups[0]);
        var v01 = report.Items.Single(r => r.Id == "V01");
        Assert.Equal(1.0, v01.Of(RaterGroup.Supervisor)!.Mean);
        // (12 + 12 + 1) / 8.
        Assert.Equal(25.0 / 8, v01.Others!.Value, Precision);
    }

    [Fact]
    public void Cannot_judge_is_not_counted_so_an_item_with_two_scores_in_a_group_of_three_is_left_out()
    {
        var report = Build([
            Answer(RaterGroup.Self, 3, 3), Answer(RaterGroup.Peer, 4, 2), Answer(RaterGroup.Peer, 5, null),
            Answer(RaterGroup.Peer, 3, 2)]);

        var v02 = report.Items.Single(r => r.Id == "V02");
        Assert.Null(v02.Of(RaterGroup.Peer));
        Assert.Null(v02.Others);
        Assert.Null(v02.Gap);
        Assert.Equal(3.0, v02.Self);
    }

    [Fact]
    public void A_category_mean_pools_only_the_items_shown_for_that_group()
    {
        // Peers: V01 {4,4,4} shown; V02 {1,1} left out, so vision is 4.00, not (12 + 2) / 5.
        var report = Build([
            Answer(RaterGroup.Peer, 4, 1), Answer(RaterGroup.Peer, 4, 1), Answer(RaterGroup.Peer, 4, null)]);

        var vision = report.Categories.Single(r => r.Id == "vision");
        Assert.Equal(4.0, vision.Of(RaterGroup.Peer)!.Mean, Precision);
        Assert.Equal(4.0, vision.Others!.Value, Precision);
    }

    [Fact]
    public void A_category_with_no_item_shown_for_a_group_has_no_figure_of_that_group()
    {
        var report = Build([
            Answer(RaterGroup.Peer, 4, 4, 2, null), Answer(RaterGroup.Peer, 4, 4, null, 3), Answer(RaterGroup.Peer, 4, 4, 5, 2)]);

        var development = report.Categories.Single(r => r.Id == "development");
        Assert.Null(development.Of(RaterGroup.Peer));
        Assert.Null(development.Others);
    }

    [Fact]
    public void All_others_is_exactly_the_sum_of_the_shown_group_figures_so_no_difference_reveals_a_hidden_one()
    {
        var report = Build(Round, Options(supervisorShown: true));

        foreach (var row in report.Items.Concat(report.Categories).Where(r => r.Others is not null))
        {
            var pooled = Enumerable.Range(0, 5).Select(s => row.Groups.Sum(g => g.Distribution[s])).ToArray();
            var mean = pooled.Select((n, s) => n * (s + 1.0)).Sum() / pooled.Sum();
            Assert.Equal(mean, row.Others!.Value, Precision);
        }
    }

    [Fact]
    public void Comments_come_only_from_groups_of_three_or_more_and_never_from_the_supervisor()
    {
        var answers = Round.Append(Answer(RaterGroup.Subordinate, 3, 3, strengths: "四人目の強み")).ToList();
        var small = Build([.. answers.Where(a => a.Group != RaterGroup.Peer), Answer(RaterGroup.Peer, 3, 3, strengths: "二人の同僚")
            , Answer(RaterGroup.Peer, 3, 3)], Options(supervisorShown: true));

        Assert.Contains("四人目の強み", small.Comments.Strengths);
        Assert.DoesNotContain("二人の同僚", small.Comments.Strengths);
        Assert.DoesNotContain("上司のコメント", small.Comments.Strengths);
        Assert.DoesNotContain("上司の提案", small.Comments.Suggestions);
    }

    [Fact]
    public void The_subjects_own_comments_are_kept_apart_as_theirs()
    {
        var report = Build(Round);

        Assert.Equal(["自分の強み"], report.Comments.OwnStrengths);
        Assert.Equal(["自分の課題"], report.Comments.OwnSuggestions);
        Assert.DoesNotContain("自分の強み", report.Comments.Strengths);
    }

    [Fact]
    public void Comments_are_in_the_order_of_the_round_and_text_hash_whatever_order_the_answers_came_in()
    {
        var forward = Build(Round);
        var backward = Build([.. Round.Reverse()]);

        Assert.Equal(forward.Comments.Strengths, backward.Comments.Strengths);
        // The rule: by the first eight bytes of SHA-256 over "round\ntext", as the staff survey orders its comments.
        var expected = new[] { "方針が明確", "相談しやすい" }
            .OrderBy(t => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(ReportAnswers.Round + "\n" + t)), 0))
            .ToList();
        Assert.Equal(expected, forward.Comments.Strengths);
    }

    [Fact]
    public void Last_years_figures_are_those_last_years_report_showed()
    {
        var lastYear = Build([
            Answer(RaterGroup.Self, 2, 2), Answer(RaterGroup.Peer, 3, 1), Answer(RaterGroup.Peer, 3, null),
            Answer(RaterGroup.Peer, 3, 1)], round: "2025");

        var report = Build(Round, lastYear: lastYear);

        var v01 = report.Items.Single(r => r.Id == "V01");
        Assert.Equal(2.0, v01.LastYearSelf);
        Assert.Equal(3.0, v01.LastYearOthers);
        var v02 = report.Items.Single(r => r.Id == "V02");
        Assert.Equal(2.0, v02.LastYearSelf);
        Assert.Null(v02.LastYearOthers);
        Assert.Equal("2025", report.LastYearRoundId);
    }

    [Fact]
    public void Without_last_years_report_there_are_no_last_year_figures()
    {
        var report = Build(Round);

        Assert.All(report.Items.Concat(report.Categories), r => Assert.Null(r.LastYearOthers));
        Assert.Null(report.LastYearRoundId);
    }

    [Fact]
    public void Answers_about_another_subject_are_ignored()
    {
        var report = Build([.. Round, Answer(RaterGroup.Peer, 1, 1, subject: "S-0002")]);

        Assert.Equal(4, report.Groups.Single(g => g.Group == RaterGroup.Peer).Respondents);
    }
}
