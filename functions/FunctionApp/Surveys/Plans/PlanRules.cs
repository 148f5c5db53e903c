namespace Transformation.Surveys.Plans;

/// <summary>
/// What the validator checks against: the questionnaire's items, this cycle's mean of each item for the
/// division (absent when its group was suppressed), and the earliest due date an action may have.
/// </summary>
public sealed record PlanRules(IReadOnlySet<string> ItemIds, IReadOnlyDictionary<string, double> Baseline, DateOnly EarliestDue)
{
    public const int MaxTargets = 10;
    public const int MaxActions = 20;
    public const int MaxDescription = 1000;
    public const int MaxOwner = 100;
    public const int MaxNote = 1000;

    /// <summary>Actions may be planned up to two years ahead: the next two cycles measure them.</summary>
    public DateOnly LatestDue => EarliestDue.AddYears(2);
}
