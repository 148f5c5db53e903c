using System.Text.Json;
using Transformation.TeamUp.Judging;
using static Transformation.Tests.Support.TeamUp.ScorecardBuilder;

namespace Transformation.Tests.TeamUp;

public sealed class TeamUpRankingTests
{
    private static IReadOnlyList<string> Order(Ranking ranking) => [.. ranking.Entries.Select(e => e.DivisionCode)];

    private static RankedEntry Of(Ranking ranking, string division) => ranking.Entries.Single(e => e.DivisionCode == division);

    [Fact]
    public void A_harsh_and_a_lenient_judge_on_different_entries_rank_as_one_fair_judge_would()
    {
        // Quality A > B > C > D. A fair judge sees all four.
        IReadOnlyList<RankingEntry> entries = [Entry("A"), Entry("B"), Entry("C"), Entry("D")];
        var fair = TeamUpRanking.Rank(Rubric(), [Card("F", "A", 5), Card("F", "B", 4), Card("F", "C", 3), Card("F", "D", 2)], entries);

        // The harsh judge (always 1–3) is of D's bureau, the lenient one (always 3–5) of A's: each misses one entry.
        IReadOnlyList<Scorecard> panel =
        [
            Card("HARSH", "A", 3), Card("HARSH", "B", 2), Card("HARSH", "C", 1),
            Card("LENIENT", "B", 5), Card("LENIENT", "C", 4), Card("LENIENT", "D", 3),
        ];
        var normalised = TeamUpRanking.Rank(Rubric(), panel, entries);

        Assert.Equal(["A", "B", "C", "D"], Order(fair));
        Assert.Equal(Order(fair), Order(normalised));
        Assert.Equal([1, 2, 3, 4], normalised.Entries.Select(e => e.Rank));
        Assert.All(normalised.Entries, e => Assert.False(e.Tied));

        // Without normalisation the lenient judge decides: D (3 from the lenient judge) would tie A (3 from the harsh
        // judge), and B would come first.
        var raw = normalised.Entries.OrderByDescending(e => e.RawWeightedMean).Select(e => e.DivisionCode).ToList();
        Assert.Equal("B", raw[0]);
        Assert.Equal(3.0, Of(normalised, "A").RawWeightedMean!.Value, 9);
        Assert.Equal(3.0, Of(normalised, "D").RawWeightedMean!.Value, 9);
        Assert.NotEqual(Order(fair), raw);

        // Each judge's z-scores: top +√1.5, middle 0, bottom −√1.5; B and C average one of each judge's.
        Assert.Equal(Math.Sqrt(1.5), Of(normalised, "A").Score!.Value, 9);
        Assert.Equal(Math.Sqrt(1.5) / 2, Of(normalised, "B").Score!.Value, 9);
        Assert.Equal(2, Of(normalised, "B").Judges);
        Assert.Equal(1, Of(normalised, "A").Judges);
    }

    [Fact]
    public void The_weights_of_the_rubric_decide_between_two_cards_with_the_same_scores_in_different_criteria()
    {
        // policy 0.25, stop 0.3, teamwork 0.25, spread 0.2: a 5 on "stop" is worth more than a 5 on "spread".
        var ranking = TeamUpRanking.Rank(Rubric(), [Card("J", "A", 3, 3, 3, 5), Card("J", "B", 3, 5, 3, 3)], [Entry("A"), Entry("B")]);

        Assert.Equal(["B", "A"], Order(ranking));
        Assert.Equal(3.6, Of(ranking, "B").RawWeightedMean!.Value, 9);
        Assert.Equal(3.4, Of(ranking, "A").RawWeightedMean!.Value, 9);
    }

    [Fact]
    public void Equal_scores_are_separated_by_first_places_before_hours()
    {
        // J1 puts A first, J2 puts C first; B is in the middle for both. All three average a z-score of 0.
        IReadOnlyList<Scorecard> cards =
        [
            Card("J1", "A", 5), Card("J1", "B", 3), Card("J1", "C", 1),
            Card("J2", "A", 1), Card("J2", "B", 3), Card("J2", "C", 5),
        ];
        var ranking = TeamUpRanking.Rank(Rubric(), cards, [Entry("A", 20), Entry("B", 100), Entry("C", 10)]);

        Assert.All(ranking.Entries, e => Assert.Equal(0, e.Score!.Value, 9));
        Assert.Equal(["A", "C", "B"], Order(ranking));
        Assert.Equal([1, 2, 3], ranking.Entries.Select(e => e.Rank));

        // B has the most hours but no first place: the first-place rule comes first.
        Assert.Equal(0, Of(ranking, "B").FirstPlaces);
        Assert.Equal(TieBreaks.FirstPlaces, Of(ranking, "B").DecidedBy);

        // A and C have one first place each: hours decide between them.
        Assert.Equal(1, Of(ranking, "A").FirstPlaces);
        Assert.Equal(1, Of(ranking, "C").FirstPlaces);
        Assert.Equal(TieBreaks.Hours, Of(ranking, "A").DecidedBy);
        Assert.Equal(TieBreaks.Hours, Of(ranking, "C").DecidedBy);
        Assert.All(ranking.Entries, e => Assert.False(e.Tied));
    }

    [Fact]
    public void Equal_scores_and_first_places_are_separated_by_hours_of_stopped_work()
    {
        IReadOnlyList<Scorecard> cards = [Card("J1", "A", 5), Card("J1", "B", 2), Card("J2", "A", 2), Card("J2", "B", 5)];
        var ranking = TeamUpRanking.Rank(Rubric(), cards, [Entry("A", 12.5m), Entry("B", 40m)]);

        Assert.Equal(["B", "A"], Order(ranking));
        Assert.Equal([1, 2], ranking.Entries.Select(e => e.Rank));
        Assert.All(ranking.Entries, e => Assert.Equal(TieBreaks.Hours, e.DecidedBy));
        Assert.All(ranking.Entries, e => Assert.Equal(1, e.FirstPlaces));
    }

    [Fact]
    public void Entries_equal_in_score_first_places_and_hours_share_the_rank()
    {
        IReadOnlyList<Scorecard> cards =
        [
            Card("J1", "A", 5), Card("J1", "B", 2), Card("J1", "C", 3),
            Card("J2", "A", 2), Card("J2", "B", 5), Card("J2", "C", 3),
        ];
        var ranking = TeamUpRanking.Rank(Rubric(), cards, [Entry("A", 30), Entry("B", 30), Entry("C", 99)]);

        Assert.Equal(1, Of(ranking, "A").Rank);
        Assert.Equal(1, Of(ranking, "B").Rank);
        Assert.True(Of(ranking, "A").Tied);
        Assert.True(Of(ranking, "B").Tied);
        Assert.Null(Of(ranking, "A").DecidedBy);
        Assert.Null(Of(ranking, "B").DecidedBy);

        // The next entry's rank counts both shared places.
        Assert.Equal(3, Of(ranking, "C").Rank);
        Assert.False(Of(ranking, "C").Tied);
        Assert.Null(Of(ranking, "C").DecidedBy);
    }

    [Fact]
    public void An_incomplete_card_does_not_count_and_the_judges_complete_cards_are_normalised_among_themselves()
    {
        IReadOnlyList<Scorecard> cards =
        [
            Card("J1", "A", 4), Card("J1", "B", 2), Card("J1", "C", 5, 5, 5),
            Card("J2", "A", 3), Card("J2", "B", 4), Card("J2", "C", 5),
        ];
        var ranking = TeamUpRanking.Rank(Rubric(), cards, [Entry("A"), Entry("B"), Entry("C")]);

        // J1's card for C lacks "spread": J1 counts for A and B only (z +1 and −1), not for C.
        Assert.Equal(1, Of(ranking, "C").Judges);
        Assert.Equal(2, Of(ranking, "A").Judges);
        Assert.Equal(5.0, Of(ranking, "C").RawWeightedMean!.Value, 9);
        var j2 = new[] { 3.0, 4.0, 5.0 };
        var sd = Math.Sqrt(2.0 / 3);
        Assert.Equal((1 + ((j2[0] - 4) / sd)) / 2, Of(ranking, "A").Score!.Value, 9);
        Assert.Equal((-1 + ((j2[1] - 4) / sd)) / 2, Of(ranking, "B").Score!.Value, 9);
        Assert.Equal((j2[2] - 4) / sd, Of(ranking, "C").Score!.Value, 9);
        Assert.Equal(["C", "A", "B"], Order(ranking));
    }

    [Fact]
    public void A_judge_with_one_card_or_all_equal_scores_contributes_zero_and_unscored_entries_come_last()
    {
        IReadOnlyList<Scorecard> cards =
        [
            Card("J1", "A", 5), Card("J1", "B", 1),
            Card("ONE", "A", 1),
            Card("FLAT", "A", 3), Card("FLAT", "B", 3),
        ];
        var ranking = TeamUpRanking.Rank(Rubric(), cards, [Entry("A"), Entry("B"), Entry("C", 500), Entry("D")]);

        // A: J1 +1, ONE 0, FLAT 0 → 1/3. B: J1 −1, FLAT 0 → −1/2.
        Assert.Equal(1.0 / 3, Of(ranking, "A").Score!.Value, 9);
        Assert.Equal(3, Of(ranking, "A").Judges);
        Assert.Equal(-0.5, Of(ranking, "B").Score!.Value, 9);
        Assert.Equal(["A", "B"], Order(ranking).Take(2));

        // C and D were never scored: last, sharing the rank, whatever their hours.
        Assert.Null(Of(ranking, "C").Score);
        Assert.Null(Of(ranking, "C").RawWeightedMean);
        Assert.Equal(0, Of(ranking, "C").Judges);
        Assert.Equal(3, Of(ranking, "C").Rank);
        Assert.Equal(3, Of(ranking, "D").Rank);
        Assert.True(Of(ranking, "D").Tied);
    }

    [Fact]
    public void Cards_for_entries_not_being_ranked_are_ignored_and_a_later_card_replaces_an_earlier_one()
    {
        var old = Card("J1", "A", 1) with { ScoredAtUtc = DateTimeOffset.UnixEpoch };
        var changed = Card("J1", "A", 5) with { ScoredAtUtc = DateTimeOffset.UnixEpoch.AddHours(1) };
        IReadOnlyList<Scorecard> cards = [old, changed, Card("J1", "B", 3), Card("J1", "DRAFT", 5)];
        var ranking = TeamUpRanking.Rank(Rubric(), cards, [Entry("A"), Entry("B")]);

        Assert.Equal(["A", "B"], Order(ranking));
        Assert.Equal(5.0, Of(ranking, "A").RawWeightedMean!.Value, 9);
        Assert.Equal(1, Of(ranking, "A").FirstPlaces);
        Assert.Equal(2, ranking.Entries.Count);
    }

    [Fact]
    public void A_ranking_reads_back_as_the_season_store_writes_it()
    {
        var ranking = TeamUpRanking.Rank(Rubric(), [Card("J1", "A", 5), Card("J1", "B", 2)], [Entry("A", 1.5m), Entry("B"), Entry("C")]);

        var back = JsonSerializer.Deserialize<Ranking>(JsonSerializer.Serialize(ranking, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!;

        Assert.Equal(ranking.Entries, back.Entries);
    }
}
