using Transformation.Surveys.Results.Aggregation;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

/// <summary>The rule on small hierarchies (threshold 5); the attack test tries it on generated ones.</summary>
public class ComplementarySuppressionTests
{
    private const int Threshold = 5;

    /// <summary>One bureau; respondents per division in order D0, D1 …</summary>
    private static SuppressionResult OneBureau(params int[] divisions) =>
        Suppression.Apply(new SuppressionTree(divisions, [Enumerable.Range(0, divisions.Length).ToList()]), Threshold);

    [Fact]
    public void One_small_division_among_big_ones_takes_the_next_smallest_with_it()
    {
        var result = OneBureau(3, 30, 20, 40);

        Assert.Equal([true, false, true, false], result.DivisionHidden);
        Assert.False(result.BureauHidden[0]);
    }

    [Fact]
    public void Two_small_divisions_that_together_still_make_too_few_take_the_next_smallest()
    {
        var result = OneBureau(2, 2, 20, 30);

        Assert.Equal([true, true, true, false], result.DivisionHidden);
    }

    [Fact]
    public void Two_small_divisions_that_together_reach_the_threshold_protect_each_other()
    {
        var result = OneBureau(3, 4, 20, 30);

        Assert.Equal([true, true, false, false], result.DivisionHidden);
    }

    [Fact]
    public void A_bureau_with_only_one_division_left_visible_hides_that_one_too()
    {
        var result = OneBureau(3, 25);

        Assert.Equal([true, true], result.DivisionHidden);
        Assert.False(result.BureauHidden[0]);
    }

    [Fact]
    public void Ties_for_next_smallest_go_to_the_lowest_code()
    {
        var result = OneBureau(1, 20, 20);

        Assert.Equal([true, true, false], result.DivisionHidden);
    }

    [Fact]
    public void A_division_with_no_respondents_reveals_nothing_and_needs_no_partner()
    {
        var result = OneBureau(0, 20, 30);

        Assert.Equal([true, false, false], result.DivisionHidden);
    }

    [Fact]
    public void A_small_bureau_hides_the_smallest_other_bureau_and_one_of_its_divisions()
    {
        // B0 = 3 (one division), B1 = 6 + 30, B2 = 50 + 60.
        var tree = new SuppressionTree([3, 6, 30, 50, 60], [[0], [1, 2], [3, 4]]);

        var result = Suppression.Apply(tree, Threshold);

        Assert.Equal([true, true, false], result.BureauHidden);
        Assert.Equal([true, true, false, false, false], result.DivisionHidden);
        Assert.False(result.MinistryHidden);
    }

    [Fact]
    public void A_group_already_hidden_for_another_count_stays_hidden_and_needs_a_partner_like_a_small_one()
    {
        // An item's answers per division: 20, 30, 40; the first division publishes no respondents, so none of its items.
        var before = new SuppressionResult(false, [false], [true, false, false]);

        var result = Suppression.Apply(new SuppressionTree([20, 30, 40], [[0, 1, 2]]), Threshold, before);

        Assert.Equal([true, false, false], result.DivisionHidden);
    }

    [Fact]
    public void A_small_count_in_a_group_hidden_already_still_takes_a_partner()
    {
        var before = new SuppressionResult(false, [false], [true, false, false]);

        var result = Suppression.Apply(new SuppressionTree([3, 30, 40], [[0, 1, 2]]), Threshold, before);

        Assert.Equal([true, true, false], result.DivisionHidden);
    }
}
