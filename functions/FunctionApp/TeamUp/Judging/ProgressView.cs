namespace Transformation.TeamUp.Judging;

/// <summary>The panel's progress, unfinished judges first.</summary>
public sealed record ProgressView(
    string SeasonId, string Phase, DateTimeOffset? JudgingDeadlineUtc, int Finished, IReadOnlyList<JudgeProgressView> Judges);
