using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Rating;

public sealed class RatingTokensTests
{
    [Fact]
    public void A_new_token_names_its_round_and_partition()
    {
        var token = RatingTokens.New("2026", 0x1f);

        Assert.True(RatingTokens.TryParse(token, out var round, out var partition));
        Assert.Equal("2026", round);
        Assert.Equal(0x1f, partition);
    }

    [Fact]
    public void Two_tokens_of_the_same_partition_differ()
    {
        Assert.NotEqual(RatingTokens.New("2026", 3), RatingTokens.New("2026", 3));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026.00")]
    [InlineData("2026.0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("2026.zz.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("20 26.00.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("2026.00.short")]
    [InlineData("2026.00.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.extra")]
    public void A_malformed_token_is_refused(string? token)
    {
        Assert.False(RatingTokens.TryParse(token, out _, out _));
    }

    [Fact]
    public void The_seal_key_differs_per_subject_and_does_not_contain_the_token()
    {
        var token = RatingTokens.New("2026", 1);

        var a = RatingTokens.SealKey(token, "S1");
        var b = RatingTokens.SealKey(token, "S2");

        Assert.NotEqual(a, b);
        Assert.DoesNotContain(token.Split('.')[2], a, StringComparison.Ordinal);
        Assert.NotEqual(RatingTokens.Hash(token), a);
    }

    [Fact]
    public void Raters_are_dealt_evenly_over_the_partitions()
    {
        var raters = Enumerable.Range(0, 1000).Select(i => $"R{i:0000}").ToList();

        var dealt = RatingPartitions.Deal(raters, 40);

        Assert.All(dealt.GroupBy(p => p.Value), g => Assert.Equal(25, g.Count()));
    }

    [Fact]
    public void The_same_plan_is_dealt_the_same_way_whatever_its_order()
    {
        var raters = Enumerable.Range(0, 50).Select(i => $"R{i}").ToList();

        var forward = RatingPartitions.Deal(raters, 7);
        var backward = RatingPartitions.Deal(Enumerable.Reverse(raters), 7);

        Assert.Equal(forward.OrderBy(p => p.Key), backward.OrderBy(p => p.Key));
    }
}
