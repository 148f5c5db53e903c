namespace Transformation.Surveys.Results.Feedback;

/// <summary>
/// Ranks groups by mean, highest first. Ties: groups whose means are equal as shown (two decimals) share
/// the better place and the next place is skipped ("standard competition" ranking: 1, 2, 2, 4), so no
/// group is ranked above another it cannot be told apart from on the sheet. Suppressed groups are not ranked.
/// </summary>
public static class Ranking
{
    public static IReadOnlyDictionary<string, Rank> Rank(IEnumerable<(string Code, double Mean)> groups)
    {
        var ordered = groups.Select(g => (g.Code, Shown: Math.Round(g.Mean, 2, MidpointRounding.AwayFromZero)))
            .OrderByDescending(g => g.Shown)
            .ThenBy(g => g.Code, StringComparer.Ordinal)
            .ToList();
        var ranks = new Dictionary<string, Rank>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var position = i > 0 && ordered[i].Shown == ordered[i - 1].Shown ? ranks[ordered[i - 1].Code].Position : i + 1;
            ranks[ordered[i].Code] = new Rank(position, ordered.Count);
        }

        return ranks;
    }
}
