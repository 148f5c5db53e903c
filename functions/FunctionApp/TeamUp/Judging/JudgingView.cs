namespace Transformation.TeamUp.Judging;

/// <summary>A judge's worklist: the rubric, the deadline, the entries offered (own bureau left out) with the judge's scores.</summary>
public sealed record JudgingView(
    string SeasonId,
    string Phase,
    bool Open,
    DateTimeOffset? JudgingDeadlineUtc,
    IReadOnlyList<CriterionView> Rubric,
    int Offered,
    int Scored,
    IReadOnlyList<JudgingEntryView> Entries);
