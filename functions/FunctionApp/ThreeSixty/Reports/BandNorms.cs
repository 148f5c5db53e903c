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

/// <summary>
/// What some reports add to the norms, without keeping the reports: per band, how many subjects had a report, and per
/// item and category how many of them show "all others" and the sum of those means. It names no subject, so a chunk
/// of the round can return it through the orchestration's history; the chunks' contributions combined give the same
/// norms as all the reports at once, in any order and however the round was cut.
/// </summary>
public sealed record NormContribution(IReadOnlyList<BandContribution> Bands)
{
    public static NormContribution None { get; } = new([]);

    /// <summary>The contribution of these reports; a report without a band adds nothing.</summary>
    public static NormContribution Of(IEnumerable<ThreeSixtyReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new([.. reports.Where(r => r.BandId is not null)
            .GroupBy(r => r.BandId!, StringComparer.Ordinal)
            .Select(band => new BandContribution(band.Key, band.Count(),
                Sums(band.SelectMany(r => r.Items)), Sums(band.SelectMany(r => r.Categories))))
            .OrderBy(b => b.BandId, StringComparer.Ordinal)]);
    }

    /// <summary>The contributions together, as if their reports had been one set.</summary>
    public static NormContribution Combine(IEnumerable<NormContribution> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new([.. parts.SelectMany(p => p.Bands)
            .GroupBy(b => b.BandId, StringComparer.Ordinal)
            .Select(band => new BandContribution(band.Key, band.Sum(b => b.Subjects),
                Add(band.SelectMany(b => b.Items)), Add(band.SelectMany(b => b.Categories))))
            .OrderBy(b => b.BandId, StringComparer.Ordinal)]);
    }

    private static List<FigureSum> Sums(IEnumerable<ReportRow> rows) =>
        Add(rows.Where(r => r.Others is not null).Select(r => new FigureSum(r.Id, 1, FigureSum.Exact(r.Others!.Value))));

    private static List<FigureSum> Add(IEnumerable<FigureSum> sums) =>
        [.. sums.GroupBy(s => s.Id, StringComparer.Ordinal)
            .Select(g => new FigureSum(g.Key, g.Sum(s => s.Subjects), g.Aggregate(Int128.Zero, (total, s) => total + s.Sum)))
            .OrderBy(s => s.Id, StringComparer.Ordinal)];
}

/// <summary>One band's share of a <see cref="NormContribution"/>.</summary>
/// <param name="Subjects">Subjects of the band among the reports (with or without figures).</param>
public sealed record BandContribution(string BandId, int Subjects, IReadOnlyList<FigureSum> Items, IReadOnlyList<FigureSum> Categories);

/// <summary>
/// An item's or category's sum of "all others" means over <paramref name="Subjects"/> subjects, in units of 2^-64.
/// Any mean of at least 2^-11 (scores run from 1 to 5) is a whole number of those units, so the sum is exact: adding
/// in another order or in other parts gives the same norm to the last digit, which a running sum of doubles would not.
/// </summary>
public sealed record FigureSum(string Id, int Subjects, Int128 Sum)
{
    private const int Scale = 64;

    public static Int128 Exact(double mean) => (Int128)Math.ScaleB(mean, Scale);

    public double Mean() => Math.ScaleB((double)Sum, -Scale) / Subjects;
}

/// <summary>Builds the norms of every band from the round's reports or from the contributions of its chunks: pure.</summary>
public static class BandNormsBuilder
{
    public static IReadOnlyList<BandNorm> Build(IEnumerable<ThreeSixtyReport> reports, IReadOnlyList<GradeBand> bands, int minimum) =>
        Build(NormContribution.Of(reports), bands, minimum);

    /// <summary>The norms of the bands in force; a band of the contribution no longer among them is left out.</summary>
    public static IReadOnlyList<BandNorm> Build(NormContribution contribution, IReadOnlyList<GradeBand> bands, int minimum)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        ArgumentNullException.ThrowIfNull(bands);
        var byBand = NormContribution.Combine([contribution]).Bands.ToDictionary(b => b.BandId, StringComparer.Ordinal);
        return [.. bands.Select(band => byBand.GetValueOrDefault(band.Id) is not { } members
            ? new BandNorm(band.Id, 0, [], [])
            : members.Subjects < minimum
                ? new BandNorm(band.Id, members.Subjects, [], [])
                : new BandNorm(band.Id, members.Subjects, Figures(members.Items, minimum), Figures(members.Categories, minimum)))];
    }

    private static List<NormFigure> Figures(IEnumerable<FigureSum> sums, int minimum) =>
        [.. sums.Where(s => s.Subjects >= minimum)
            .Select(s => new NormFigure(s.Id, s.Mean(), s.Subjects))
            .OrderBy(f => f.Id, StringComparer.Ordinal)];
}
