namespace Transformation.Surveys.Results.Aggregation;

/// <summary>
/// The hierarchy as suppression sees it: respondents per division, and which divisions make up each bureau.
/// A bureau's count is the sum of its divisions', the ministry's the sum of all.
/// </summary>
public sealed record SuppressionTree(IReadOnlyList<int> DivisionRespondents, IReadOnlyList<IReadOnlyList<int>> BureauDivisions)
{
    public int BureauRespondents(int bureau) => BureauDivisions[bureau].Sum(d => DivisionRespondents[d]);

    public int MinistryRespondents => DivisionRespondents.Sum();
}
