using Transformation.Surveys.Participation;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Aggregation;

namespace Transformation.Surveys.Publication;

/// <summary>
/// Which groups' response figures HR may see while a cycle runs, so that HR can chase the divisions that lag
/// without learning who answered (as Viva Glint shows response rates only for groups at the reporting threshold).
/// </summary>
/// <remarks>
/// A group's invited, answered and rate are shown when it has at least the threshold (MinGroupForScores) invited,
/// with complementary suppression over the invited counts: a bureau's figures minus its shown divisions' then
/// describe a set of at least that many people, never one or two. Measured on invited staff, not on answers, so a
/// group does not appear the moment its answers cross the threshold (which would tell when they did). Once results
/// are published, a group hidden there is hidden here as well, so its respondent count is not published this way.
/// </remarks>
public static class ResponseRateReport
{
    public const string MinistryCode = GroupKey.MinistryCode;

    public static ResponseRateView Build(SurveyResponseRates rates, int threshold, SurveyResults? published)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var bureauIndex = rates.Bureaus.Select((b, i) => (b.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var bureauDivisions = rates.Bureaus.Select(_ => new List<int>()).ToList();
        for (var d = 0; d < rates.Divisions.Count; d++)
        {
            bureauDivisions[bureauIndex[rates.Divisions[d].BureauCode ?? ""]].Add(d);
        }

        var tree = new SuppressionTree(rates.Divisions.Select(d => d.Invited).ToList(), bureauDivisions.Select(b => (IReadOnlyList<int>)b).ToList());
        var hidden = Suppression.Apply(tree, threshold, HiddenInResults(rates, published));
        return new ResponseRateView(rates.CycleId, threshold, published is not null,
            Figures(rates.Ministry with { Code = MinistryCode, Name = GroupLayout.MinistryName }, null, hidden.MinistryHidden),
            rates.Bureaus.Select((b, i) => Figures(b, null, hidden.BureauHidden[i])).ToList(),
            rates.Divisions.Select((d, i) => Figures(d, d.BureauCode, hidden.DivisionHidden[i])).ToList());
    }

    private static SuppressionResult? HiddenInResults(SurveyResponseRates rates, SurveyResults? published)
    {
        if (published is null)
        {
            return null;
        }

        bool Hidden(GroupKey key) => published.Find(key) is not { ScoresShown: true };
        return new SuppressionResult(
            Hidden(GroupKey.Ministry),
            rates.Bureaus.Select(b => Hidden(GroupKey.Bureau(b.Code))).ToList(),
            rates.Divisions.Select(d => Hidden(GroupKey.Division(d.Code))).ToList());
    }

    private static GroupResponse Figures(GroupRate rate, string? bureauCode, bool hidden) => hidden
        ? new GroupResponse(rate.Code, rate.Name, bureauCode, false, null, null, null)
        : new GroupResponse(rate.Code, rate.Name, bureauCode, true, rate.Invited, rate.Submitted, rate.Invited == 0 ? null : rate.Rate);
}
