namespace Transformation.TeamUp.Seasons;

/// <summary>Hands out the awards in order: the first Count entries of the order get the first award, the next ones the second…</summary>
public static class AwardPlaces
{
    public static int Total(IEnumerable<AwardSetting> awards) => awards.Sum(a => a.Count);

    public static IReadOnlyList<AwardPlace> Assign(IReadOnlyList<string> order, IEnumerable<AwardSetting> awards)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(awards);
        var places = new List<AwardPlace>();
        foreach (var award in awards)
        {
            for (var i = 0; i < award.Count && places.Count < order.Count; i++)
            {
                places.Add(new AwardPlace(places.Count + 1, award.Id, order[places.Count]));
            }
        }

        return places;
    }
}
