using Transformation.TeamUp.Publication;

namespace Transformation.Tests.TeamUp;

public sealed class EntrySearchTests
{
    private static readonly string[] Fields =
    [
        "ペーパーレス化を進め、紙の会議資料をなくす。",
        "毎週の定例会議を隔週にし、ＤＸすいしんチームで議事録を自動作成する。",
        "総務課",
    ];

    [Theory]
    [InlineData("ぺーぱーれす")]
    [InlineData("ペーパーレス")]
    [InlineData("ﾍﾟｰﾊﾟｰﾚｽ")]
    [InlineData("dx")]
    [InlineData("DX")]
    [InlineData("ｄｘ")]
    [InlineData("会議資料")]
    [InlineData("すいしんちーむ")]
    public void Japanese_keywords_match_across_width_case_and_kana(string query)
    {
        var terms = EntrySearch.Terms(query);

        Assert.True(EntrySearch.Matches(Fields, terms), $"{query} → {string.Join("|", terms)}");
    }

    [Fact]
    public void Every_term_must_match_and_terms_are_split_by_half_or_full_width_spaces()
    {
        Assert.Equal(["会議", "総務"], EntrySearch.Terms("会議\u3000総務"));
        Assert.Equal(["会議", "総務"], EntrySearch.Terms("  会議 総務 会議 "));
        Assert.True(EntrySearch.Matches(Fields, EntrySearch.Terms("会議\u3000総務課")));
        Assert.False(EntrySearch.Matches(Fields, EntrySearch.Terms("会議 テレワーク")));
    }

    [Fact]
    public void A_blank_query_matches_everything_and_has_no_excerpt()
    {
        var terms = EntrySearch.Terms(" \u3000 ");

        Assert.Empty(terms);
        Assert.True(EntrySearch.Matches(Fields, terms));
        Assert.Null(EntrySearch.Excerpt(Fields, terms));
    }

    [Fact]
    public void The_excerpt_is_the_original_text_around_the_first_hit()
    {
        var longText = new string('あ', 50) + "ﾃﾚﾜｰｸの日を週2日に増やす" + new string('い', 50);

        var excerpt = EntrySearch.Excerpt(["関係ない", longText], EntrySearch.Terms("てれわーく"));

        Assert.NotNull(excerpt);
        Assert.Contains("ﾃﾚﾜｰｸの日を週2日に増やす", excerpt, StringComparison.Ordinal);
        Assert.StartsWith("…", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.Equal(1 + EntrySearch.ExcerptRadius + "ﾃﾚﾜｰｸ".Length + EntrySearch.ExcerptRadius + 1, excerpt.Length);
    }

    [Fact]
    public void Voiced_half_width_katakana_compose_so_a_hit_is_cut_on_whole_characters()
    {
        var excerpt = EntrySearch.Excerpt(["ｶﾞｲﾄﾞﾗｲﾝを作る"], EntrySearch.Terms("ガイドライン"));

        Assert.Equal("ｶﾞｲﾄﾞﾗｲﾝを作る", excerpt);
        Assert.Equal("がいどらいん", EntrySearch.Normalise("ｶﾞｲﾄﾞﾗｲﾝ"));
    }
}
