using System.Security.Cryptography;
using System.Text;
using Transformation.Platform.Links;

namespace Transformation.Tests.Links;

public sealed class LinkTokensTests
{
    [Fact]
    public void A_token_is_256_random_bits_in_url_safe_base64()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => LinkTokens.New()).ToList();

        Assert.All(tokens, t => Assert.Equal(43, t.Length));
        Assert.All(tokens, t => Assert.True(LinkTokens.IsWellFormed(t), t));
        Assert.All(tokens, t => Assert.Equal(32, Convert.FromBase64String(t.Replace('-', '+').Replace('_', '/') + "=").Length));
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_stored_key_is_the_sha256_of_the_token_and_does_not_contain_it()
    {
        var token = LinkTokens.New();

        var hash = LinkTokens.Hash(token);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))), hash);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
    }

    [Fact]
    public void The_name_logs_give_a_link_matches_neither_its_token_nor_its_stored_key()
    {
        var token = LinkTokens.New();

        var logId = LinkTokens.LogId(token);

        Assert.Equal(12, logId.Length);
        Assert.Equal(logId, LinkTokens.LogId(token));
        Assert.DoesNotContain(logId, LinkTokens.Hash(token), StringComparison.Ordinal);
        Assert.DoesNotContain(logId, token, StringComparison.Ordinal);
        Assert.NotEqual(logId, LinkTokens.PageId(token)[..12]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP=")]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO/O")]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR")]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPあ")]
    public void Anything_that_is_not_a_token_is_recognised_before_storage_is_asked(string candidate)
    {
        Assert.False(LinkTokens.IsWellFormed(candidate));
    }
}
