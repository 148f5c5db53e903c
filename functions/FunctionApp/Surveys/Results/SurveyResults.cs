namespace Transformation.Surveys.Results;

/// <summary>
/// Everything aggregation publishes for one cycle: the ministry, then every bureau, then every division
/// (each ordered by code), already suppressed. Nothing here needs the thresholds applied again.
/// </summary>
public sealed record SurveyResults(
    string CycleId,
    string QuestionnaireVersion,
    int MinGroupForScores,
    int MinGroupForComments,
    IReadOnlyList<GroupResult> Groups)
{
    private Dictionary<GroupKey, GroupResult>? _byKey;

    public GroupResult Ministry => Find(GroupKey.Ministry) ?? throw new InvalidOperationException("Results have no ministry group.");

    public IEnumerable<GroupResult> Bureaus => Groups.Where(g => g.Key.Level == GroupLevel.Bureau);

    public IEnumerable<GroupResult> Divisions => Groups.Where(g => g.Key.Level == GroupLevel.Division);

    public GroupResult? Find(GroupKey key)
    {
        _byKey ??= Groups.ToDictionary(g => g.Key);
        return _byKey.GetValueOrDefault(key);
    }
}
