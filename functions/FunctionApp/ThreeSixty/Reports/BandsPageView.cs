using Transformation.ThreeSixty.Questionnaire;

namespace Transformation.ThreeSixty.Reports;

/// <summary>HR's grade-band page: each band with its stored norm (figures only when it has enough subjects).</summary>
public sealed record BandsPageView(
    string RoundId, IReadOnlyList<(GradeBand Band, BandNorm Norm)> Bands, RatingQuestionnaire Questionnaire, int MinNormSubjects)
{
    public IEnumerable<(GradeBand Band, BandNorm Norm)> Shown => Bands.Where(b => b.Norm.Shown(MinNormSubjects));

    public IEnumerable<(GradeBand Band, BandNorm Norm)> Hidden => Bands.Where(b => !b.Norm.Shown(MinNormSubjects));

    public static NormFigure? Figure(IReadOnlyList<NormFigure> figures, string id) => figures.FirstOrDefault(f => f.Id == id);
}
