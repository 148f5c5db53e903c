namespace Transformation.ThreeSixty.Reports;

/// <summary>
/// A grade band's norm: per item and category, the mean of its subjects' "all others" means, over the subjects whose
/// report shows that figure. Only figures with at least the minimum of subjects are kept; a band with fewer subjects
/// than that keeps none (HR's page lists it as hidden).
/// </summary>
/// <param name="Subjects">Subjects of the band with a report this round.</param>
public sealed record BandNorm(string BandId, int Subjects, IReadOnlyList<NormFigure> Items, IReadOnlyList<NormFigure> Categories)
{
    public bool Shown(int minimum) => Subjects >= minimum;
}

/// <summary>One figure of a norm: the mean of the contributing subjects' means, and how many subjects contributed.</summary>
public sealed record NormFigure(string Id, double Mean, int Subjects);

/// <summary>Builds the norms of every band from the round's stored reports: pure.</summary>
public static class BandNormsBuilder
{
    public static IReadOnlyList<BandNorm> Build(IEnumerable<ThreeSixtyReport> reports, IReadOnlyList<GradeBand> bands, int minimum)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(bands);
        var byBand = reports.Where(r => r.BandId is not null).ToLookup(r => r.BandId!, StringComparer.Ordinal);
        return [.. bands.Select(band =>
        {
            var members = byBand[band.Id].ToList();
            return members.Count < minimum
                ? new BandNorm(band.Id, members.Count, [], [])
                : new BandNorm(band.Id, members.Count,
                    Figures(members.SelectMany(r => r.Items), minimum), Figures(members.SelectMany(r => r.Categories), minimum));
        })];
    }

    private static List<NormFigure> Figures(IEnumerable<ReportRow> rows, int minimum) =>
        [.. rows.Where(r => r.Others is not null)
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => new NormFigure(g.Key, g.Average(r => r.Others!.Value), g.Count()))
            .Where(f => f.Subjects >= minimum)
            .OrderBy(f => f.Id, StringComparer.Ordinal)];
}
