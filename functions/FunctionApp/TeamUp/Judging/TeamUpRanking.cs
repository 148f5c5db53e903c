namespace Transformation.TeamUp.Judging;

/// <summary>
/// The ranking method, pure. A card's weighted score is Σ weight × score (complete cards only). Each judge's weighted
/// scores are turned into z-scores across the entries that judge scored ((x − mean) / population standard deviation),
/// so a harsh or lenient judge weighs no more than a fair one; a judge who scored one entry, or gave every entry the
/// same score, contributes 0. An entry's score is the mean z-score over the judges who scored it; entries nobody
/// scored come last. Equal scores (to 1e-9) are separated by more first places (judges for whom the entry had their
/// highest weighted score, a shared top counting for each), then by more hours a month of stopped work; entries
/// still equal share the rank.
/// </summary>
public static class TeamUpRanking
{
    private const int Digits = 9;

    public static Ranking Rank(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<Scorecard> cards, IReadOnlyList<RankingEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(entries);

        var hours = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            hours.TryAdd(entry.DivisionCode, entry.HoursPerMonthSaved);
        }

        // One card per judge and entry (the latest), complete and for an entry being ranked.
        var weighted = cards
            .Where(c => hours.ContainsKey(c.DivisionCode))
            .GroupBy(c => (c.JudgeId, c.DivisionCode))
            .Select(g => g.OrderByDescending(c => c.ScoredAtUtc).First())
            .Select(c => (c.JudgeId, c.DivisionCode, Weighted: c.Weighted(rubric)))
            .Where(c => c.Weighted is not null)
            .Select(c => (c.JudgeId, c.DivisionCode, Weighted: c.Weighted!.Value))
            .ToList();

        var zScores = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var raw = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var firstPlaces = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var judge in weighted.GroupBy(c => c.JudgeId, StringComparer.Ordinal))
        {
            var values = judge.Select(c => c.Weighted).ToList();
            var mean = values.Average();
            var deviation = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
            var spread = Math.Round(deviation, Digits) > 0;
            var top = values.Max();
            foreach (var card in judge)
            {
                Add(zScores, card.DivisionCode, spread ? (card.Weighted - mean) / deviation : 0);
                Add(raw, card.DivisionCode, card.Weighted);
                if (Math.Round(top - card.Weighted, Digits) == 0)
                {
                    firstPlaces[card.DivisionCode] = firstPlaces.GetValueOrDefault(card.DivisionCode) + 1;
                }
            }
        }

        var rows = hours
            .Select(h => new Row(
                h.Key,
                zScores.TryGetValue(h.Key, out var z) ? z.Average() : null,
                raw.TryGetValue(h.Key, out var r) ? r.Average() : null,
                z?.Count ?? 0,
                firstPlaces.GetValueOrDefault(h.Key),
                h.Value))
            .OrderBy(r => r.Score is null)
            .ThenByDescending(r => r.Key)
            .ThenByDescending(r => r.FirstPlaces)
            .ThenByDescending(r => r.Hours)
            .ThenBy(r => r.DivisionCode, StringComparer.Ordinal)
            .ToList();

        var ranked = new List<RankedEntry>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var sameScore = rows.Where(o => o.Key == row.Key && (o.Score is null) == (row.Score is null)).ToList();
            var first = rows.FindIndex(o => SameRank(o, row));
            var tied = rows.Count(o => SameRank(o, row)) > 1;
            string? decidedBy = null;
            if (row.Score is not null && sameScore.Count > 1 && !tied)
            {
                decidedBy = sameScore.Count(o => o.FirstPlaces == row.FirstPlaces) == 1 ? TieBreaks.FirstPlaces : TieBreaks.Hours;
            }

            ranked.Add(new RankedEntry(first + 1, row.DivisionCode, row.Score, row.Raw, row.Judges, row.FirstPlaces, row.Hours, decidedBy, tied));
        }

        return new Ranking(ranked);
    }

    // Entries nobody scored share the last rank: no rule separates what was not judged.
    private static bool SameRank(Row a, Row b) =>
        a.Score is null || b.Score is null
            ? a.Score is null && b.Score is null
            : a.Key == b.Key && a.FirstPlaces == b.FirstPlaces && a.Hours == b.Hours;

    private static void Add(Dictionary<string, List<double>> values, string key, double value)
    {
        if (!values.TryGetValue(key, out var list))
        {
            values[key] = list = [];
        }

        list.Add(value);
    }

    private sealed record Row(string DivisionCode, double? Score, double? Raw, int Judges, int FirstPlaces, decimal Hours)
    {
        /// <summary>The score as compared: rounded, so sums of z-scores that differ only in floating-point noise are equal.</summary>
        public double Key => Score is { } s ? Math.Round(s, Digits) : double.NegativeInfinity;
    }
}
